package cn.evpark.api.station;

import cn.evpark.station.Scenario;
import cn.evpark.station.StationDetails;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station to create or the new fields of one (新增/编辑). */
@Schema(name = "StationRequest")
public record StationRequest(
    @Schema(description = "the operator; only a platform administrator gives it") Long operatorId,
    @Schema(example = "上海市黄浦区联谊大厦充电站") String name,
    @Schema(description = "GB/T 2260 province code", example = "310000") String provinceCode,
    @Schema(example = "310100") String cityCode,
    @Schema(example = "310101") String districtCode,
    @Schema(description = "详细地址", example = "延安东路618号") String address,
    @Schema(example = "31.230416") BigDecimal latitude,
    @Schema(example = "121.473701") BigDecimal longitude,
    Scenario scenario,
    @Schema(description = "mainland mobile number", example = "13800138000") String contactPhone) {

  StationDetails details() {
    return new StationDetails(
        name,
        provinceCode,
        cityCode,
        districtCode,
        address,
        latitude,
        longitude,
        scenario,
        contactPhone);
  }
}
