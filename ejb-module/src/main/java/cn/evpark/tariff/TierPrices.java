package cn.evpark.tariff;

import java.util.Objects;

/**
 * What one rate type costs per kWh: the electricity price (电费) and the service price (服务费).
 *
 * @param electricity yuan/kWh
 * @param service yuan/kWh
 */
public record TierPrices(UnitPrice electricity, UnitPrice service) {

  public static final TierPrices FREE = new TierPrices(UnitPrice.ZERO, UnitPrice.ZERO);

  public TierPrices {
    Objects.requireNonNull(electricity, "electricity");
    Objects.requireNonNull(service, "service");
  }

  public static TierPrices of(String electricity, String service) {
    return new TierPrices(UnitPrice.of(electricity), UnitPrice.of(service));
  }
}
