package cn.evpark.api.problem;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters JAX-RS cannot convert itself, read with a 400 that says what was wrong. */
public final class QueryParams {

  private QueryParams() {}

  /**
   * A yyyy-MM-dd query parameter (a business day, Asia/Shanghai); null when absent.
   *
   * @throws BadRequestException when it is not such a date
   */
  public static LocalDate date(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " is a date yyyy-MM-dd: " + text);
    }
  }
}
