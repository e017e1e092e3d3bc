package cn.evpark.ykc.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * The number shared by every gun of one parallel-charging session (V1.6, {@code ykc-protocol.md
 * §7.12}): 6 bytes BCD, {@code yyMMddHHmmss} by convention, treated as opaque.
 *
 * @param value 12 digits (hex nibbles are kept)
 */
public record ParallelSessionNumber(String value) {

  public ParallelSessionNumber {
    Objects.requireNonNull(value, "value");
    value = value.toUpperCase(Locale.ROOT);
    if (!Bcd.isHex(value, 12)) {
      throw new IllegalArgumentException("parallel session number must be 12 digits: " + value);
    }
  }

  /** Same as the constructor. */
  public static ParallelSessionNumber of(String value) {
    return new ParallelSessionNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
