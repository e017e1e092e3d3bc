package cn.evpark.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * A priced charging session: per rate type and in total, what the driver owes for electricity (电费)
 * and service (服务费), in fen. The parts add up to the totals exactly.
 *
 * @param tiers one line per rate type of the standard, in the standard's order
 * @param energy kWh at 4 decimals
 * @param electricity yuan at 2 decimals, the sum of the lines
 * @param service yuan at 2 decimals, the sum of the lines
 * @param total electricity + service
 */
public record ChargingFee(
    List<TierCharge> tiers,
    BigDecimal energy,
    BigDecimal electricity,
    BigDecimal service,
    BigDecimal total) {

  public ChargingFee {
    tiers = List.copyOf(tiers);
    if (electricity.compareTo(sum(tiers, TierCharge::electricity)) != 0
        || service.compareTo(sum(tiers, TierCharge::service)) != 0
        || total.compareTo(electricity.add(service)) != 0
        || energy.compareTo(sum(tiers, TierCharge::energy)) != 0) {
      throw new IllegalArgumentException("the parts of a fee add up to its totals: " + tiers);
    }
  }

  /** The line of a rate type, if the standard has it. */
  public java.util.Optional<TierCharge> tier(RateType type) {
    return tiers.stream().filter(t -> t.rateType() == type).findFirst();
  }

  static BigDecimal sum(
      List<TierCharge> tiers, java.util.function.Function<TierCharge, BigDecimal> part) {
    return tiers.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
