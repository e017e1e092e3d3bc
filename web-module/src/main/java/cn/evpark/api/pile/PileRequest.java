package cn.evpark.api.pile;

import cn.evpark.pile.PileCategory;
import cn.evpark.pile.PileDetails;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pile to register, or the new fields of one (the code cannot change). */
@Schema(name = "PileRequest")
public record PileRequest(
    long stationId,
    long deviceModelId,
    @Schema(example = "32010200000001") String code,
    @Schema(description = "启动充电最低金额, yuan", example = "2.00") BigDecimal minStartAmount,
    @Schema(description = "运营状态: true 启用, false 禁用") Boolean enabled,
    PileCategory category,
    String bayNumber,
    String bayName) {

  PileDetails details(String pathCode) {
    return new PileDetails(
        stationId,
        deviceModelId,
        pathCode == null ? code : pathCode,
        minStartAmount == null ? PileDetails.DEFAULT_MIN_START_AMOUNT : minStartAmount,
        enabled == null || enabled,
        category == null ? PileCategory.PUBLIC : category,
        bayNumber,
        bayName);
  }
}
