package cn.evpark.ykc.protocol.message;

import java.math.BigDecimal;

/**
 * One tier's share of a session in a transaction record ({@code ykc-protocol.md §7.7}).
 *
 * @param unitPrice electricity + service price of the tier, yuan/kWh at 5 decimals
 * @param energy kWh at 4 decimals
 * @param lossCorrectedEnergy kWh at 4 decimals
 * @param amount yuan at 4 decimals
 */
public record TierUsage(
    BigDecimal unitPrice, BigDecimal energy, BigDecimal lossCorrectedEnergy, BigDecimal amount) {

  /** A tier the session did not use. */
  public static final TierUsage NONE =
      new TierUsage(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public TierUsage {
    unitPrice = Fields.price(unitPrice, "unitPrice");
    energy = Fields.fourDecimals(energy, "energy");
    lossCorrectedEnergy = Fields.fourDecimals(lossCorrectedEnergy, "lossCorrectedEnergy");
    amount = Fields.fourDecimals(amount, "amount");
  }

  static TierUsage read(BodyReader in) {
    return new TierUsage(in.price(), in.fourDecimals(), in.fourDecimals(), in.fourDecimals());
  }

  void write(BodyWriter out) {
    out.scaled(unitPrice, 4);
    out.scaled(energy, 4);
    out.scaled(lossCorrectedEnergy, 4);
    out.scaled(amount, 4);
  }
}
