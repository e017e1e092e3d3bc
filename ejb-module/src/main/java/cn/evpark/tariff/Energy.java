package cn.evpark.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Energy in kWh at the 4 decimals a YKC pile reports (domain.md, "Money"). */
final class Energy {

  static final int SCALE = 4;
  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private Energy() {}

  /** {@code kwh} at scale 4; refused when negative or more precise than 0.0001 kWh. */
  static BigDecimal checked(BigDecimal kwh, String name) {
    Objects.requireNonNull(kwh, name);
    if (kwh.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + kwh);
    }
    try {
      return kwh.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(name + " has more than 4 decimals: " + kwh, e);
    }
  }
}
