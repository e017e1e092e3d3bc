package cn.evpark.charging;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.ChargingFee;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.PriceAdjustment;
import cn.evpark.tariff.PricingEngine;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.TierCharge;
import cn.evpark.tariff.TierEnergies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of settling one transaction record (money.md §4, steps 2–7). Pure: no clock, no
 * database.
 *
 * <ol>
 *   <li>The record's energy per rate type (尖/峰/平/谷) is authoritative.
 *   <li>Priced by the order's schedule: 电费 and 服务费 exact per rate type, benefits applied to the
 *       exact amounts ({@link PriceAdjustment}), the total rounded half up once ({@link
 *       PricingEngine}).
 *   <li>The pile's own total is compared with the list amount (before benefits): a difference over
 *       0.01 yuan flags the order (计费差异).
 *   <li>The payer is debited the total, at most its balance; the rest is arrears (欠费).
 * </ol>
 *
 * <p>A record the schedule cannot price (no schedule configured, or energy on a rate type the
 * schedule does not use: the pile billed by another model) is still settled, never refused: at the
 * pile's own total, rounded half up, as 电费, flagged as a billing difference so staff see it and the
 * pile gets its model again.
 */
public final class SettlementRules {

  /** The largest difference between the pile's total and the list amount that is not flagged. */
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private SettlementRules() {}

  /**
   * Settles one session.
   *
   * @param schedule the prices the order started with; empty when none is known
   * @param energies the record's energy per rate type
   * @param pileTotal the record's total, yuan at 4 decimals
   * @param benefits the benefits that apply, in order (empty for none)
   * @param payerBalance the paying account's balance; empty when no account pays (offline charging
   *     without a known card)
   */
  public static SettledAmounts settle(
      Optional<FeeSchedule> schedule,
      TierEnergies energies,
      BigDecimal pileTotal,
      List<PriceAdjustment> benefits,
      Optional<Money> payerBalance) {
    Optional<FeeSchedule> pricing = schedule.filter(s -> covers(s, energies));
    if (pricing.isEmpty()) {
      Money total = Money.roundedHalfUp(pileTotal);
      return paid(energies.total(), total, Money.ZERO, true, List.of(), payerBalance);
    }
    ChargingFee list = PricingEngine.chargingFee(pricing.get(), energies);
    ChargingFee charged =
        benefits.isEmpty() ? list : PricingEngine.chargingFee(pricing.get(), energies, benefits);
    boolean difference = pileTotal.subtract(list.total().yuan()).abs().compareTo(TOLERANCE) > 0;
    return paid(
        charged.energy(),
        charged.electricity(),
        charged.service(),
        difference,
        charged.tiers(),
        payerBalance);
  }

  private static boolean covers(FeeSchedule schedule, TierEnergies energies) {
    for (RateType type : RateType.values()) {
      if (!energies.of(type).isZero() && schedule.prices(type).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static SettledAmounts paid(
      Energy energy,
      Money electricity,
      Money service,
      boolean difference,
      List<TierCharge> tiers,
      Optional<Money> payerBalance) {
    Money total = electricity.plus(service);
    PaymentStatus status;
    Money paid;
    if (payerBalance.isEmpty()) {
      status = total.isZero() ? PaymentStatus.FREE : PaymentStatus.UNPAID;
      paid = Money.ZERO;
    } else if (total.isZero()) {
      status = PaymentStatus.FREE;
      paid = Money.ZERO;
    } else {
      paid = total.min(payerBalance.get().max(Money.ZERO));
      status = paid.compareTo(total) == 0 ? PaymentStatus.PAID : PaymentStatus.PARTLY_PAID;
    }
    Money arrears = status == PaymentStatus.UNPAID ? Money.ZERO : total.minus(paid);
    return new SettledAmounts(
        energy, electricity, service, total, paid, arrears, status, difference, tiers);
  }
}
