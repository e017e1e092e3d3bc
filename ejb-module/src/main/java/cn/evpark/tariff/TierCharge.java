package cn.evpark.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rate type's line of a priced session: its prices, energy and the amounts charged.
 *
 * @param rateType the rate type
 * @param prices what a kWh cost
 * @param energy kWh at 4 decimals
 * @param electricity yuan at 2 decimals
 * @param service yuan at 2 decimals
 */
public record TierCharge(
    RateType rateType,
    TierPrices prices,
    BigDecimal energy,
    BigDecimal electricity,
    BigDecimal service) {

  public TierCharge {
    Objects.requireNonNull(rateType, "rateType");
    Objects.requireNonNull(prices, "prices");
    energy = Energy.checked(energy, "energy");
    if (electricity.scale() != 2 || service.scale() != 2) {
      throw new IllegalArgumentException("charged amounts are in fen: " + electricity + service);
    }
  }

  public BigDecimal total() {
    return electricity.add(service);
  }
}
