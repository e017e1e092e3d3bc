package cn.evpark.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Energy in kWh at the 4 decimals a YKC pile reports (0.0001 kWh units, ykc-protocol.md §3), never
 * negative. A value more precise than 0.0001 kWh is refused, not rounded.
 *
 * @param kwh kWh, scale 4
 */
public record Energy(BigDecimal kwh) implements Comparable<Energy> {

  public static final int SCALE = 4;
  public static final Energy ZERO = new Energy(BigDecimal.ZERO);

  /**
   * @throws IllegalArgumentException when {@code kwh} is negative or has more than 4 decimals
   */
  public Energy {
    Objects.requireNonNull(kwh, "kwh");
    if (kwh.signum() < 0) {
      throw new IllegalArgumentException("energy is never negative: " + kwh);
    }
    try {
      kwh = kwh.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("energy has at most 4 decimals: " + kwh, e);
    }
  }

  /** {@code "12.3456"} kWh. */
  public static Energy of(String kwh) {
    return new Energy(new BigDecimal(kwh));
  }

  /** Whole 0.0001 kWh units, the pile's own unit. */
  public static Energy ofUnits(long units) {
    return new Energy(BigDecimal.valueOf(units, SCALE));
  }

  /** The energy in 0.0001 kWh units. */
  public long units() {
    return kwh.unscaledValue().longValueExact();
  }

  public Energy plus(Energy other) {
    return new Energy(kwh.add(other.kwh));
  }

  /**
   * The exact cost of this energy at {@code yuanPerKwh} (scale 4 + the price's scale, nothing
   * dropped); rounding is the caller's single settlement step.
   */
  public BigDecimal times(BigDecimal yuanPerKwh) {
    return kwh.multiply(yuanPerKwh);
  }

  public boolean isZero() {
    return kwh.signum() == 0;
  }

  @Override
  public int compareTo(Energy other) {
    return kwh.compareTo(other.kwh);
  }

  /** Plain kWh, e.g. {@code 12.3456}. */
  @Override
  public String toString() {
    return kwh.toPlainString();
  }
}
