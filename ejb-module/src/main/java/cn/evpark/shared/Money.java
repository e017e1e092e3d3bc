package cn.evpark.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in yuan at 2 decimals (whole fen), signed: ledger entries debit with negative
 * amounts (money.md §2). Built from strings or fen, never from {@code double}; a value with more
 * than 2 decimals is refused, so stray precision fails loudly. The one rounding a driver's money
 * sees, half up to the fen at settlement (money.md §4.5), is {@link #roundedHalfUp}.
 *
 * @param yuan yuan, scale 2
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

  public static final int SCALE = 2;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /**
   * @throws IllegalArgumentException when {@code yuan} has more than 2 decimals
   */
  public Money {
    Objects.requireNonNull(yuan, "yuan");
    try {
      yuan = yuan.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("an amount is whole fen: " + yuan, e);
    }
  }

  /** {@code "12.30"} yuan. */
  public static Money of(String yuan) {
    return new Money(new BigDecimal(yuan));
  }

  /** An amount of whole fen (WeChat Pay counts in fen). */
  public static Money ofFen(long fen) {
    return new Money(BigDecimal.valueOf(fen, SCALE));
  }

  /** An exact amount (e.g. kWh × yuan/kWh at 9 decimals) rounded half up to the fen, once. */
  public static Money roundedHalfUp(BigDecimal exactYuan) {
    return new Money(exactYuan.setScale(SCALE, RoundingMode.HALF_UP));
  }

  /** The amount in fen. */
  public long fen() {
    return yuan.movePointRight(SCALE).longValueExact();
  }

  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  public Money minus(Money other) {
    return new Money(yuan.subtract(other.yuan));
  }

  public Money negated() {
    return new Money(yuan.negate());
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isZero() {
    return yuan.signum() == 0;
  }

  public boolean isNegative() {
    return yuan.signum() < 0;
  }

  public boolean isPositive() {
    return yuan.signum() > 0;
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  /** Plain yuan, e.g. {@code 12.30}. */
  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
