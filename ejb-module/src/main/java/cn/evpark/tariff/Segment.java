package cn.evpark.tariff;

import java.util.Objects;

/**
 * One time segment of a charging fee standard: from {@code start} (inclusive) to {@code end}
 * (exclusive) every kWh costs the prices of the segment's rate type.
 *
 * @param rateType 尖, 峰, 平 or 谷
 * @param start on a half hour, before {@code end}
 * @param end on a half hour, at most 24:00
 * @param prices electricity and service price
 */
public record Segment(RateType rateType, TimeOfDay start, TimeOfDay end, TierPrices prices) {

  public Segment {
    Objects.requireNonNull(rateType, "rateType");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(prices, "prices");
    if (!start.isOnHalfHour() || !end.isOnHalfHour() || !start.isBefore(end)) {
      throw new IllegalArgumentException("a segment runs between half hours: " + start + "-" + end);
    }
  }

  /** Whether {@code time} falls in the segment. */
  public boolean covers(TimeOfDay time) {
    return !time.isBefore(start) && time.isBefore(end);
  }
}
