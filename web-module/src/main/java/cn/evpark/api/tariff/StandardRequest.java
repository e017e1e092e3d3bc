package cn.evpark.api.tariff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A charging fee standard to add or the new state of one to edit.
 *
 * @param operatorId the owner: required from a platform administrator, else the caller's operator
 * @param name 计费标准名称
 * @param segments the time segments in order
 */
@Schema(name = "ChargingStandardRequest")
public record StandardRequest(
    Long operatorId, @Schema(example = "临时用户充电费") String name, List<SegmentBody> segments) {

  List<cn.evpark.tariff.SegmentInput> rows() {
    return segments == null
        ? List.of()
        : segments.stream().map(s -> s == null ? null : s.toInput()).toList();
  }
}
