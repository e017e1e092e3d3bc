package cn.evpark.ykc.protocol.message;

import java.math.BigDecimal;

/**
 * The prices of one tariff tier, yuan/kWh at 5 decimals as sent ({@code ykc-protocol.md §5.8}).
 *
 * @param electricity electricity price
 * @param service service-fee price
 */
public record TierPrice(BigDecimal electricity, BigDecimal service) {

  public TierPrice {
    electricity = Fields.price(electricity, "electricity");
    service = Fields.price(service, "service");
  }

  /** Electricity plus service: the unit price a transaction record reports for the tier. */
  public BigDecimal total() {
    return electricity.add(service);
  }

  static TierPrice read(BodyReader in) {
    return new TierPrice(in.price(), in.price());
  }

  void write(BodyWriter out) {
    out.scaled(electricity, 4);
    out.scaled(service, 4);
  }
}
