package cn.evpark.tariff;

import cn.evpark.shared.Energy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rate type's share of a session before rounding: the energy and the exact electricity and
 * service amounts (energy × price, no digit dropped). {@link PriceAdjustment}s work on these.
 *
 * @param rateType the rate type
 * @param energy kWh
 * @param electricity exact yuan, not negative
 * @param service exact yuan, not negative
 */
public record TierAmounts(
    RateType rateType, Energy energy, BigDecimal electricity, BigDecimal service) {

  public TierAmounts {
    Objects.requireNonNull(rateType, "rateType");
    Objects.requireNonNull(energy, "energy");
    Objects.requireNonNull(electricity, "electricity");
    Objects.requireNonNull(service, "service");
    if (electricity.signum() < 0 || service.signum() < 0) {
      throw new IllegalArgumentException("an amount is never negative: " + electricity + service);
    }
  }

  /** The same energy with other amounts. */
  public TierAmounts withAmounts(BigDecimal newElectricity, BigDecimal newService) {
    return new TierAmounts(rateType, energy, newElectricity, newService);
  }
}
