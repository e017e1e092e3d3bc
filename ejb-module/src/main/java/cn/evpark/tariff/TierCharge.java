package cn.evpark.tariff;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.util.Objects;

/**
 * One rate type's line of a priced session: its prices, energy and the amounts charged.
 *
 * @param rateType the rate type
 * @param prices what a kWh cost
 * @param energy kWh
 * @param electricity yuan
 * @param service yuan
 */
public record TierCharge(
    RateType rateType, TierPrices prices, Energy energy, Money electricity, Money service) {

  public TierCharge {
    Objects.requireNonNull(rateType, "rateType");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(energy, "energy");
    Objects.requireNonNull(electricity, "electricity");
    Objects.requireNonNull(service, "service");
  }

  public Money total() {
    return electricity.plus(service);
  }
}
