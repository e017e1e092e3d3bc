package cn.evpark.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Turns the rows of a valid standard into rows that break exactly one {@link ScheduleRule}. */
final class RuleBreaker {

  private static final BigDecimal TINY = new BigDecimal("0.00001");

  private RuleBreaker() {}

  /**
   * @param valid rows of a canonical schedule, without end times
   */
  static List<SegmentInput> breakRule(List<SegmentInput> valid, ScheduleRule rule, Random random) {
    List<SegmentInput> rows = new ArrayList<>(valid);
    int n = rows.size();
    int any = random.nextInt(n);
    int later = n > 1 ? 1 + random.nextInt(n - 1) : 0;
    switch (rule) {
      case SEGMENTS_REQUIRED -> rows.clear();
      case CLOSED_LOOP -> {
        if (n > 1 && random.nextBoolean()) {
          // an end time that leaves a gap or an overlap before the next row
          int i = random.nextInt(n - 1);
          TimeOfDay next = start(rows.get(i + 1));
          TimeOfDay end =
              next.plusMinutes(30).isBefore(TimeOfDay.END_OF_DAY)
                  ? next.plusMinutes(30)
                  : next.plusMinutes(-30);
          rows.set(i, withEnd(rows.get(i), end.toString()));
        } else {
          // the last row starting where the day ends
          rows.set(n - 1, withStart(rows.get(n - 1), "24:00"));
        }
      }
      case FIRST_AT_MIDNIGHT -> {
        if (n > 1) {
          rows.remove(0);
        } else {
          rows.set(0, withStart(rows.get(0), "08:00"));
        }
      }
      case SAME_RATE_SAME_PRICE -> {
        if (n > 1) {
          int other = (later + 1 + random.nextInt(n - 1)) % n;
          SegmentInput row = rows.get(later);
          SegmentInput model = rows.get(other);
          BigDecimal electricity =
              row.electricity().compareTo(model.electricity()) == 0
                  ? different(row.electricity())
                  : row.electricity();
          rows.set(
              later,
              new SegmentInput(model.rateType(), row.start(), null, electricity, row.service()));
        } else {
          SegmentInput only = rows.get(0);
          rows.add(
              new SegmentInput(
                  only.rateType(), "12:00", null, different(only.electricity()), only.service()));
        }
      }
      case RATE_TYPE ->
          rows.set(any, withRateType(rows.get(any), random.nextBoolean() ? "超峰" : ""));
      case TIME_FORMAT ->
          rows.set(
              any,
              withStart(rows.get(any), List.of("", "8点", "25:00", "10:60").get(random.nextInt(4))));
      case HALF_HOUR ->
          rows.set(any, withStart(rows.get(any), start(rows.get(any)).plusMinutes(15).toString()));
      case INCREASING -> {
        if (n > 1) {
          rows.set(later, withStart(rows.get(later), rows.get(later - 1).start()));
        } else {
          rows.add(rows.get(0));
        }
      }
      case PRICE_REQUIRED -> rows.set(any, withElectricity(rows.get(any), null));
      case PRICE_NEGATIVE ->
          rows.set(
              any, withElectricity(rows.get(any), rows.get(any).electricity().add(TINY).negate()));
      case PRICE_SCALE ->
          rows.set(
              any,
              withElectricity(
                  rows.get(any), rows.get(any).electricity().add(new BigDecimal("0.000001"))));
      case PRICE_TOO_HIGH -> rows.set(any, withElectricity(rows.get(any), UnitPrice.MAX.add(TINY)));
    }
    return rows;
  }

  private static BigDecimal different(BigDecimal price) {
    return price.compareTo(UnitPrice.MAX) < 0 ? price.add(TINY) : price.subtract(TINY);
  }

  private static TimeOfDay start(SegmentInput row) {
    return TimeOfDay.parse(row.start()).orElseThrow();
  }

  private static SegmentInput withStart(SegmentInput r, String start) {
    return new SegmentInput(r.rateType(), start, r.end(), r.electricity(), r.service());
  }

  private static SegmentInput withEnd(SegmentInput r, String end) {
    return new SegmentInput(r.rateType(), r.start(), end, r.electricity(), r.service());
  }

  private static SegmentInput withRateType(SegmentInput r, String type) {
    return new SegmentInput(type, r.start(), r.end(), r.electricity(), r.service());
  }

  private static SegmentInput withElectricity(SegmentInput r, BigDecimal electricity) {
    return new SegmentInput(r.rateType(), r.start(), r.end(), electricity, r.service());
  }
}
