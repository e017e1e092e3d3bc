package cn.evpark.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A price per kWh in yuan, at the 5 decimals a YKC pile takes (domain.md, "Money"), from 0 to
 * {@link #MAX}.
 *
 * @param yuan yuan per kWh, scale 5
 */
public record UnitPrice(BigDecimal yuan) implements Comparable<UnitPrice> {

  public static final int SCALE = 5;

  /**
   * The highest price a standard accepts: far above any real tariff, so a slip of the decimal point
   * is caught, and it fits the column (DECIMAL(7,5)).
   */
  public static final BigDecimal MAX = new BigDecimal("99.99999");

  public static final UnitPrice ZERO = new UnitPrice(BigDecimal.ZERO);

  public UnitPrice {
    Objects.requireNonNull(yuan, "yuan");
    yuan = yuan.setScale(SCALE, RoundingMode.UNNECESSARY);
    if (yuan.signum() < 0 || yuan.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("a unit price is 0 to " + MAX + ": " + yuan);
    }
  }

  public static UnitPrice of(String yuan) {
    return new UnitPrice(new BigDecimal(yuan));
  }

  /** Whether {@code yuan} has more decimals than a pile takes (5). */
  static boolean tooPrecise(BigDecimal yuan) {
    return yuan.stripTrailingZeros().scale() > SCALE;
  }

  @Override
  public int compareTo(UnitPrice other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
