package cn.evpark.ykc.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * A logical card number: the number printed on a card, 8 bytes BCD = 16 digits ({@code
 * ykc-protocol.md §3}): {@code 00 00 00 10 00 00 05 73} is {@code "0000001000000573"}.
 *
 * @param value 16 digits (hex nibbles are kept, as BCD fields may carry {@code F} padding)
 */
public record LogicalCardNumber(String value) {

  /** No card: all zeros. */
  public static final LogicalCardNumber NONE = new LogicalCardNumber("0".repeat(16));

  public LogicalCardNumber {
    Objects.requireNonNull(value, "value");
    value = value.toUpperCase(Locale.ROOT);
    if (!Bcd.isHex(value, 16)) {
      throw new IllegalArgumentException("logical card number must be 16 digits: " + value);
    }
  }

  /** Same as the constructor. */
  public static LogicalCardNumber of(String value) {
    return new LogicalCardNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
