package cn.evpark.api.tariff;

import cn.evpark.tariff.Segment;
import cn.evpark.tariff.SegmentInput;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A time segment of a charging fee standard.
 *
 * @param rateType SHARP, PEAK, FLAT or VALLEY (尖, 峰, 平, 谷 are accepted too)
 * @param start HH:mm on a half hour; the first is 00:00
 * @param end HH:mm; optional in requests, where it must be the next start (the last is completed to
 *     24:00)
 * @param electricity yuan/kWh, up to 5 decimals
 * @param service yuan/kWh, up to 5 decimals
 */
@Schema(name = "Segment")
public record SegmentBody(
    @Schema(example = "PEAK") String rateType,
    @Schema(example = "10:00") String start,
    @Schema(example = "17:00") String end,
    @Schema(example = "0.9") BigDecimal electricity,
    @Schema(example = "0.5") BigDecimal service) {

  SegmentInput toInput() {
    return new SegmentInput(rateType, start, end, electricity, service);
  }

  static SegmentBody of(Segment segment) {
    return new SegmentBody(
        segment.rateType().name(),
        segment.start().toString(),
        segment.end().toString(),
        segment.prices().electricity().yuan(),
        segment.prices().service().yuan());
  }
}
