package cn.evpark.ykc.protocol;

import java.util.Locale;
import java.util.Objects;

/**
 * A physical card number: 8 raw bytes, the card UID left-padded with zeros, in wire order ({@code
 * ykc-protocol.md §3}): {@code 00 00 00 00 D1 4B 0A 54} is {@code "00000000D14B0A54"}, shown as
 * card {@code D14B0A54}. The document calls it "BIN" but its samples show raw bytes, not a
 * little-endian number.
 *
 * @param hex 16 upper-case hex digits (lower case is accepted and normalised)
 */
public record PhysicalCardNumber(String hex) {

  /** No card: eight zero bytes. */
  public static final PhysicalCardNumber NONE = new PhysicalCardNumber("0".repeat(16));

  public PhysicalCardNumber {
    Objects.requireNonNull(hex, "hex");
    hex = hex.toUpperCase(Locale.ROOT);
    if (!Bcd.isHex(hex, 16)) {
      throw new IllegalArgumentException("physical card number must be 16 hex digits: " + hex);
    }
  }

  /** Same as the constructor. */
  public static PhysicalCardNumber of(String hex) {
    return new PhysicalCardNumber(hex);
  }

  /** True for eight zero bytes. */
  public boolean isNone() {
    return equals(NONE);
  }

  /** The UID as printed on screens: leading zeros stripped ({@code "D14B0A54"}). */
  public String display() {
    String stripped = hex.replaceFirst("^0+", "");
    return stripped.isEmpty() ? "0" : stripped;
  }

  @Override
  public String toString() {
    return hex;
  }
}
