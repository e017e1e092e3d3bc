package cn.evpark.tariff;

import java.math.BigDecimal;

/**
 * One row of a standard as staff or an API client enter it, before any rule is checked: every field
 * may be missing or wrong. {@link FeeSchedule#of} checks and normalises a list of them.
 *
 * @param rateType {@code SHARP}/{@code PEAK}/{@code FLAT}/{@code VALLEY} or 尖/峰/平/谷
 * @param start {@code HH:mm}
 * @param end {@code HH:mm} or null; when given it must be the next row's start, and the last row's
 *     is completed to 24:00 whatever it says
 * @param electricity yuan/kWh
 * @param service yuan/kWh
 */
public record SegmentInput(
    String rateType, String start, String end, BigDecimal electricity, BigDecimal service) {

  /** A row without an end time. */
  public static SegmentInput of(String rateType, String start, String electricity, String service) {
    return new SegmentInput(
        rateType,
        start,
        null,
        electricity == null ? null : new BigDecimal(electricity),
        service == null ? null : new BigDecimal(service));
  }

  /** The row a segment was made from. */
  public static SegmentInput of(Segment segment) {
    return new SegmentInput(
        segment.rateType().name(),
        segment.start().toString(),
        segment.end().toString(),
        segment.prices().electricity().yuan(),
        segment.prices().service().yuan());
  }
}
