package cn.evpark.charging;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.TierCharge;
import java.util.List;
import java.util.Objects;

/**
 * What a settled order cost and how it was paid (money.md §4).
 *
 * @param energy kWh, from the record
 * @param electricity 电费 after benefits, yuan
 * @param service 服务费 after benefits, yuan
 * @param total electricity + service, yuan
 * @param paid debited from the paying account, yuan
 * @param arrears the rest, owed (欠费), yuan
 * @param paymentStatus how it was paid
 * @param billingDifference the pile's total differs from the list price by more than 0.01
 * @param tiers the price lines per rate type (empty when the record could not be priced)
 */
public record SettledAmounts(
    Energy energy,
    Money electricity,
    Money service,
    Money total,
    Money paid,
    Money arrears,
    PaymentStatus paymentStatus,
    boolean billingDifference,
    List<TierCharge> tiers) {

  /**
   * @throws IllegalArgumentException when the parts do not add up
   */
  public SettledAmounts {
    Objects.requireNonNull(paymentStatus, "paymentStatus");
    tiers = List.copyOf(tiers);
    if (total.compareTo(electricity.plus(service)) != 0) {
      throw new IllegalArgumentException("total = electricity + service: " + total);
    }
    if (paymentStatus != PaymentStatus.UNPAID && total.compareTo(paid.plus(arrears)) != 0) {
      throw new IllegalArgumentException("total = paid + arrears: " + total + " " + paid);
    }
    if (paid.isNegative() || arrears.isNegative()) {
      throw new IllegalArgumentException("paid and arrears are not negative");
    }
  }
}
