package cn.evpark.api.tariff;

import cn.evpark.tariff.ChargingFeeStandard;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A charging fee standard.
 *
 * @param id its id (序号)
 * @param operatorId its operator
 * @param name 计费标准名称
 * @param modelNumber the YKC billing-model number of its current segments
 * @param segments its segments, 00:00 to 24:00
 */
@Schema(name = "ChargingStandard")
public record StandardResponse(
    long id, long operatorId, String name, String modelNumber, List<SegmentBody> segments) {

  static StandardResponse of(ChargingFeeStandard standard) {
    return new StandardResponse(
        standard.getId(),
        standard.getOperator().getId(),
        standard.getName(),
        standard.modelNumberDigits(),
        standard.schedule().segments().stream().map(SegmentBody::of).toList());
  }
}
