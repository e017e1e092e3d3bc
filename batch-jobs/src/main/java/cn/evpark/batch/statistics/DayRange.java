package cn.evpark.batch.statistics;

import java.time.LocalDate;

/**
 * The business days (Asia/Shanghai) a run of daily-station-statistics covers: the job parameters
 * {@code date} and {@code to}, both {@code yyyy-MM-dd}. The job and the API that starts it check
 * them alike.
 *
 * @param from the first day
 * @param to the last day, {@code from} or up to {@value #MAX_DAYS} days later
 */
public record DayRange(LocalDate from, LocalDate to) {

  /** The most days one run covers: a year. */
  public static final int MAX_DAYS = 366;

  public DayRange {
    if (to.isBefore(from) || from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
      throw new IllegalArgumentException(
          "the job parameter to ("
              + to
              + ") must be from date ("
              + from
              + ") to at most "
              + MAX_DAYS
              + " days later");
    }
  }

  /**
   * @param date the first day, required
   * @param to the last day, or null/blank for {@code date} alone
   * @throws IllegalArgumentException when {@code date} is missing, or the range is not one
   * @throws java.time.format.DateTimeParseException when a day is not {@code yyyy-MM-dd}
   */
  public static DayRange of(String date, String to) {
    if (date == null || date.isBlank()) {
      throw new IllegalArgumentException("the job parameter date (yyyy-MM-dd) is required");
    }
    LocalDate from = LocalDate.parse(date.strip());
    return new DayRange(from, to == null || to.isBlank() ? from : LocalDate.parse(to.strip()));
  }
}
