package cn.evpark.tariff;

import cn.evpark.shared.RuleViolation;

/**
 * The rules of a charging fee standard's segments, each with its own code (a page bundle key) and
 * English message. The first four are the manual's (二、2.1); the rest follow from the YKC billing
 * model (ykc-protocol.md §5.8: four tiers, 48 half-hour slots, prices at 5 decimals).
 */
public enum ScheduleRule {
  SEGMENTS_REQUIRED("tariff.segments.required", "a standard needs at least one time segment"),
  /** Manual rule 1. Broken by a start at 24:00, or by an end time that is not the next start. */
  CLOSED_LOOP(
      "tariff.segments.closedLoop",
      "the segments must form a closed loop from 00:00 to 24:00: each ends where the next starts"),
  /** Manual rule 2. */
  FIRST_AT_MIDNIGHT("tariff.segments.firstAtMidnight", "the first segment must start at 00:00"),
  /** Manual rule 4. */
  SAME_RATE_SAME_PRICE(
      "tariff.segments.samePrice",
      "segments of the same rate type must have the same electricity and service prices"),
  RATE_TYPE(
      "tariff.segments.rateType",
      "the rate type must be one of the four a pile knows: SHARP, PEAK, FLAT, VALLEY"),
  TIME_FORMAT("tariff.segments.timeFormat", "a time is HH:mm, from 00:00 to 24:00"),
  HALF_HOUR(
      "tariff.segments.halfHour",
      "times must be on the hour or the half hour: piles bill in 48 half-hour slots"),
  INCREASING("tariff.segments.increasing", "each start time must be later than the one before"),
  PRICE_REQUIRED(
      "tariff.segments.priceRequired", "the electricity and service prices are required"),
  PRICE_NEGATIVE("tariff.segments.priceNegative", "prices must not be negative"),
  PRICE_SCALE("tariff.segments.priceScale", "prices have at most 5 decimals"),
  PRICE_TOO_HIGH("tariff.segments.priceTooHigh", "prices are at most 99.99999 yuan/kWh");

  private final String code;
  private final String message;

  ScheduleRule(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** This rule broken at {@code field}; the arguments are the message's values (row numbers). */
  RuleViolation brokenAt(String field, Object... arguments) {
    return new RuleViolation(
        field,
        code,
        java.util.Arrays.stream(arguments).map(String::valueOf).toList(),
        arguments.length == 0 ? message : "row " + arguments[0] + ": " + message);
  }
}
