package cn.evpark.statistics;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one station took in on one business day, summed but not yet turned into the report's
 * figures: the item the statistics job's reader hands to its processor.
 *
 * @param key the station and the business day (Asia/Shanghai)
 * @param operatorId the station's operator
 * @param energy Σ energy of the settled orders whose charging ended that day, kWh
 * @param electricityFee Σ their electricity fees after benefits, yuan
 * @param serviceFee Σ their service fees after benefits, yuan
 * @param paid Σ what their paying accounts were debited at settlement, yuan
 * @param paidElectronically the part of {@code paid} debited from wallets (money paid in through
 *     WeChat Pay), yuan
 * @param arrearsPaid arrears (欠费) of the station's orders paid that day, whatever day those orders
 *     ended, yuan; always from the wallet ({@code Wallets.payArrearsFromWallet}), so paid
 *     electronically
 * @param channelFeePercent the station's payment channel fee rate (支付设置), percent
 * @param commissionPercent the operator's platform commission rate, percent
 */
public record StationDayInputs(
    StationDayKey key,
    long operatorId,
    Energy energy,
    Money electricityFee,
    Money serviceFee,
    Money paid,
    Money paidElectronically,
    Money arrearsPaid,
    BigDecimal channelFeePercent,
    BigDecimal commissionPercent)
    implements Serializable {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public StationDayInputs {
    Objects.requireNonNull(key);
    Objects.requireNonNull(energy);
    Objects.requireNonNull(electricityFee);
    Objects.requireNonNull(serviceFee);
    Objects.requireNonNull(arrearsPaid);
    Objects.requireNonNull(channelFeePercent);
    Objects.requireNonNull(commissionPercent);
    if (paidElectronically.compareTo(paid) > 0) {
      throw new IllegalArgumentException("electronic payments are part of the payments");
    }
  }

  /**
   * The day's six figures (money.md §7): 实收 = debits + arrears paid that day; 充电电量, 电费 and 服务费 as
   * summed; 手续费支出 = electronic payments (wallet debits + arrears paid) × the channel rate; 服务费支出 =
   * service fee × the commission rate. Each rate product is rounded half-up to 0.01 once, per
   * station and day.
   */
  public StationDayStatistics figures() {
    Money electronic = paidElectronically.plus(arrearsPaid);
    return new StationDayStatistics(
        key,
        operatorId,
        paid.plus(arrearsPaid),
        energy,
        electricityFee,
        serviceFee,
        percentOf(electronic, channelFeePercent),
        percentOf(serviceFee, commissionPercent));
  }

  private static Money percentOf(Money amount, BigDecimal percent) {
    return Money.roundedHalfUp(amount.yuan().multiply(percent).divide(HUNDRED));
  }
}
