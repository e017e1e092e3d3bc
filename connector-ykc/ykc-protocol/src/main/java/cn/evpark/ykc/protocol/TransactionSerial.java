package cn.evpark.ykc.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * A transaction serial number: 16 bytes BCD, 32 characters ({@code ykc-protocol.md §3}).
 *
 * <p>The document's rule (pile code + gun + time + counter) is not followed by its own examples, so
 * the value is opaque: 32 hex digits, compared as a whole. An all-zero serial in real-time data
 * means "no session".
 *
 * @param value 32 upper-case hex digits (lower case is accepted and normalised)
 */
public record TransactionSerial(String value) {

  /** The all-zero serial of an idle gun. */
  public static final TransactionSerial NONE = new TransactionSerial("0".repeat(32));

  public TransactionSerial {
    Objects.requireNonNull(value, "value");
    value = value.toUpperCase(Locale.ROOT);
    if (!Bcd.isHex(value, 32)) {
      throw new IllegalArgumentException("transaction serial must be 32 hex digits: " + value);
    }
  }

  /** Same as the constructor. */
  public static TransactionSerial of(String value) {
    return new TransactionSerial(value);
  }

  /** True for the all-zero serial: no session. */
  public boolean isNone() {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
