package cn.evpark.batch;

import cn.evpark.shared.BusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The business date a job runs for: its {@code date} job parameter ({@code yyyy-MM-dd},
 * Asia/Shanghai), or today's business date when none was given.
 */
public final class BusinessDates {

  /** The job parameter naming the business date. */
  public static final String PARAMETER = "date";

  private BusinessDates() {}

  /**
   * @param parameter the job parameter, null or blank for today
   * @throws IllegalArgumentException when it is not a date
   */
  public static LocalDate of(String parameter, Clock clock) {
    if (parameter == null || parameter.isBlank()) {
      return BusinessCalendar.businessDay(clock.instant());
    }
    try {
      return LocalDate.parse(parameter.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date is yyyy-MM-dd, not " + parameter, e);
    }
  }
}
