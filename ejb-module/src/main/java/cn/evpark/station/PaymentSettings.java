package cn.evpark.station;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 支付设置: whether drivers pay electronically at this station, and the payment channel's fee rate (for
 * 手续费支出 in the statistics), a percentage of each payment with two decimals, 0–10 %.
 *
 * @param enabled 电子支付 开通
 * @param channelFeePercent e.g. 0.60 for WeChat Pay's 0.6 %
 */
public record PaymentSettings(
    boolean enabled,
    @NotNull @DecimalMin("0.00") @DecimalMax("10.00") @Digits(integer = 2, fraction = 2)
        BigDecimal channelFeePercent)
    implements Serializable {

  public PaymentSettings {
    if (channelFeePercent != null && channelFeePercent.scale() <= 2) {
      channelFeePercent = channelFeePercent.setScale(2, RoundingMode.UNNECESSARY);
    }
  }
}
