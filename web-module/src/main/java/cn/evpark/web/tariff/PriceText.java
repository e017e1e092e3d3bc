package cn.evpark.web.tariff;

import java.math.BigDecimal;

/** Prices and amounts as the manual writes them: 1.0, 0.25, 0.0 (at least one decimal). */
final class PriceText {

  private PriceText() {}

  static String of(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() < 1) {
      plain = plain.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
    return plain.toPlainString();
  }
}
