package cn.evpark.ykc.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * A billing-model number: 2 bytes BCD, an opaque id chosen by the platform and compared byte-wise
 * ({@code ykc-protocol.md §3}). A pile reports {@code "0000"} on its first connection.
 *
 * @param value 4 digits (hex nibbles are kept)
 */
public record BillingModelNumber(String value) {

  /** What a pile without a model reports. */
  public static final BillingModelNumber NONE = new BillingModelNumber("0000");

  public BillingModelNumber {
    Objects.requireNonNull(value, "value");
    value = value.toUpperCase(Locale.ROOT);
    if (!Bcd.isHex(value, 4)) {
      throw new IllegalArgumentException("billing-model number must be 4 digits: " + value);
    }
  }

  /** Same as the constructor. */
  public static BillingModelNumber of(String value) {
    return new BillingModelNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
