package cn.evpark.tariff;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A priced charging session: per rate type and in total, what the driver owes for electricity (电费)
 * and service (服务费). The parts add up to the totals exactly.
 *
 * @param tiers one line per rate type of the standard, in the standard's order
 * @param energy kWh, the sum of the lines
 * @param electricity yuan, the sum of the lines
 * @param service yuan, the sum of the lines
 * @param total electricity + service, rounded half up once (money.md §4.5)
 */
public record ChargingFee(
    List<TierCharge> tiers, Energy energy, Money electricity, Money service, Money total) {

  /**
   * @throws IllegalArgumentException when the parts do not add up to the totals
   */
  public ChargingFee {
    tiers = List.copyOf(tiers);
    if (electricity.compareTo(sum(tiers, TierCharge::electricity)) != 0
        || service.compareTo(sum(tiers, TierCharge::service)) != 0
        || total.compareTo(electricity.plus(service)) != 0
        || energy.compareTo(
                tiers.stream().map(TierCharge::energy).reduce(Energy.ZERO, Energy::plus))
            != 0) {
      throw new IllegalArgumentException("the parts of a fee add up to its totals: " + tiers);
    }
  }

  /** The line of a rate type, if the standard has it. */
  public Optional<TierCharge> tier(RateType type) {
    return tiers.stream().filter(t -> t.rateType() == type).findFirst();
  }

  private static Money sum(List<TierCharge> tiers, Function<TierCharge, Money> part) {
    return tiers.stream().map(part).reduce(Money.ZERO, Money::plus);
  }
}
