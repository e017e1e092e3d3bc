package cn.evpark.ykc.protocol.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Checks for compact constructors: a value that could not be written to its field is refused, so a
 * message that exists can always be encoded. Scales are normalised with {@link
 * RoundingMode#UNNECESSARY}: stray precision fails loudly instead of being rounded away.
 */
final class Fields {

  static final long U16 = 0xFFFFL;
  static final long U32 = 0xFFFF_FFFFL;
  static final long U40 = 0xFF_FFFF_FFFFL;

  private Fields() {}

  static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  static int range(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ": " + value);
    }
    return value;
  }

  static int u8(int value, String name) {
    return range(value, 0, 0xFF, name);
  }

  static int u16(int value, String name) {
    return range(value, 0, 0xFFFF, name);
  }

  static int gun(int gun) {
    return range(gun, 0, 99, "gun");
  }

  /** {@code value} at exactly {@code scale} decimals, non-negative, unscaled ≤ {@code max}. */
  static BigDecimal scaled(BigDecimal value, int scale, long max, String name) {
    present(value, name);
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          name + " has more than " + scale + " decimals: " + value.toPlainString(), e);
    }
    if (scaled.signum() < 0 || scaled.compareTo(BigDecimal.valueOf(max, scale)) > 0) {
      throw new IllegalArgumentException(name + " out of range: " + value.toPlainString());
    }
    return scaled;
  }

  /** yuan/kWh, 5 decimals, 4 bytes. */
  static BigDecimal price(BigDecimal value, String name) {
    return scaled(value, 5, U32, name);
  }

  /** kWh or yuan, 4 decimals, 4 bytes. */
  static BigDecimal fourDecimals(BigDecimal value, String name) {
    return scaled(value, 4, U32, name);
  }

  /** yuan, 2 decimals, 4 bytes. */
  static BigDecimal balance(BigDecimal value, String name) {
    return scaled(value, 2, U32, name);
  }

  /** volts or amperes, 1 decimal, 2 bytes. */
  static BigDecimal tenths(BigDecimal value, String name) {
    return scaled(value, 1, U16, name);
  }

  /**
   * Text for a zero-padded field of {@code length} bytes: at most {@code length} ISO-8859-1
   * characters, not ending in NUL (padding would swallow it).
   */
  static String text(String value, int length, String name) {
    present(value, name);
    if (value.length() > length) {
      throw new IllegalArgumentException(name + " longer than " + length + ": " + value);
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0xFF) {
        throw new IllegalArgumentException(name + " is not single-byte text: " + value);
      }
    }
    if (!value.isEmpty() && value.charAt(value.length() - 1) == 0) {
      throw new IllegalArgumentException(name + " ends in NUL");
    }
    return value;
  }

  static <T> List<T> list(List<T> values, int max, String name) {
    present(values, name);
    List<T> copy = List.copyOf(values);
    if (copy.size() > max) {
      throw new IllegalArgumentException(name + " has more than " + max + " entries");
    }
    return copy;
  }

  static cn.evpark.ykc.protocol.Bytes length(
      cn.evpark.ykc.protocol.Bytes bytes, int length, String name) {
    present(bytes, name);
    if (bytes.length() != length) {
      throw new IllegalArgumentException(name + " must be " + length + " bytes: " + bytes);
    }
    return bytes;
  }
}
