package cn.evpark.benefit;

import cn.evpark.shared.Money;
import cn.evpark.tariff.ChargingFee;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.PricingEngine;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.TierEnergies;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The single best benefit of a session (money.md §5): of the benefits it qualifies for, the one
 * giving the lowest total; benefits never stack. Each candidate is priced by the {@link
 * PricingEngine} exactly as settlement prices it (discount on the exact amounts, one half-up
 * rounding of the total), so the saving shown is the saving charged. On a tie the earlier candidate
 * wins (callers list the VIP benefit first, then activities by id). A benefit that saves nothing (a
 * zero-energy session, or a discount only on a part that costs nothing) is not chosen. Pure: no
 * clock, no database.
 */
public final class BenefitChoice {

  private BenefitChoice() {}

  /**
   * The chosen benefit and what it does to the total.
   *
   * @param benefit the benefit applied
   * @param listTotal the total without any benefit, yuan
   * @param total the total with it, yuan
   */
  public record Chosen(Benefit benefit, Money listTotal, Money total) {

    public Chosen {
      Objects.requireNonNull(benefit, "benefit");
      if (total.compareTo(listTotal) >= 0) {
        throw new IllegalArgumentException("a chosen benefit saves something: " + total);
      }
    }

    /** What the benefit saved, yuan: list total − total. */
    public Money saving() {
      return listTotal.minus(total);
    }
  }

  /**
   * The best of {@code candidates} for a session, if one lowers its total.
   *
   * @param schedule the order's prices
   * @param energies the session's energy per rate type, kWh
   * @param candidates the benefits the order qualifies for, in order of preference on a tie
   * @return empty when there is no candidate, none saves anything, or the schedule cannot price the
   *     energies (such a record is billed at the pile's total, money-flow.md)
   */
  public static Optional<Chosen> best(
      FeeSchedule schedule, TierEnergies energies, List<Benefit> candidates) {
    if (candidates.isEmpty() || !covers(schedule, energies)) {
      return Optional.empty();
    }
    Money listTotal = PricingEngine.chargingFee(schedule, energies).total();
    Optional<Chosen> best = Optional.empty();
    for (Benefit candidate : candidates) {
      Money total = totalWith(schedule, energies, candidate);
      Money lowest = best.map(Chosen::total).orElse(listTotal);
      if (total.compareTo(lowest) < 0) {
        best = Optional.of(new Chosen(candidate, listTotal, total));
      }
    }
    return best;
  }

  /** The session's total with one benefit, yuan, rounded half up once. */
  public static Money totalWith(FeeSchedule schedule, TierEnergies energies, Benefit benefit) {
    ChargingFee fee =
        PricingEngine.chargingFee(schedule, energies, List.of(benefit.discount().adjustment()));
    return fee.total();
  }

  private static boolean covers(FeeSchedule schedule, TierEnergies energies) {
    for (RateType type : RateType.values()) {
      if (!energies.of(type).isZero() && schedule.prices(type).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
