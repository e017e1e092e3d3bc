package cn.evpark.pile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the 添加充电桩 form says (manual 4.1).
 *
 * @param stationId 所属充电站
 * @param deviceModelId 设备型号
 * @param code 充电桩编码: 14 digits for YKC
 * @param minStartAmount 启动充电最低金额, yuan with 2 decimals (default 2.00): a driver with a smaller
 *     balance cannot start
 * @param enabled 运营状态 启用 (true) / 禁用 (false)
 * @param category 桩分类
 * @param bayNumber 车位编号, optional
 * @param bayName 车位名称, optional
 */
public record PileDetails(
    @NotNull Long stationId,
    @NotNull Long deviceModelId,
    @NotNull @Pattern(regexp = "\\d{14}") String code,
    @NotNull @DecimalMin("0.00") @DecimalMax("1000.00") @Digits(integer = 4, fraction = 2)
        BigDecimal minStartAmount,
    boolean enabled,
    @NotNull PileCategory category,
    @Size(max = 32) String bayNumber,
    @Size(max = 64) String bayName)
    implements Serializable {

  /** The manual's default minimum start amount. */
  public static final BigDecimal DEFAULT_MIN_START_AMOUNT = new BigDecimal("2.00");

  public PileDetails {
    code = code == null ? null : code.strip();
    if (minStartAmount != null && minStartAmount.scale() <= 2) {
      minStartAmount = minStartAmount.setScale(2, RoundingMode.UNNECESSARY);
    }
    bayNumber = bayNumber == null ? "" : bayNumber.strip();
    bayName = bayName == null ? "" : bayName.strip();
  }
}
