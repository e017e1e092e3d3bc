package cn.evpark.ykc.protocol;

import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import io.netty.buffer.ByteBuf;

/**
 * Packed BCD, read as a plain hex string: one character per nibble, high nibble first.
 *
 * <p>Real piles put {@code F} padding into ICCIDs and occasionally into other BCD fields, so BCD is
 * read nibble by nibble as hex rather than rejected when a nibble exceeds 9 ({@code ykc-protocol.md
 * §3}); value types that are really decimal ({@link PileCode}, gun numbers) check their digits
 * themselves.
 */
public final class Bcd {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Bcd() {}

  /** {@code bytes} bytes from absolute {@code index} as {@code 2 * bytes} upper-case hex digits. */
  public static String read(ByteBuf buf, int index, int bytes) {
    char[] chars = new char[bytes * 2];
    for (int i = 0; i < bytes; i++) {
      int b = buf.getUnsignedByte(index + i);
      chars[2 * i] = HEX[b >>> 4];
      chars[2 * i + 1] = HEX[b & 0x0F];
    }
    return new String(chars);
  }

  /** Writes hex digits (even count) as packed BCD at the writer index. */
  public static void write(ByteBuf buf, String digits) {
    for (int i = 0; i < digits.length(); i += 2) {
      buf.writeByte((nibble(digits.charAt(i)) << 4) | nibble(digits.charAt(i + 1)));
    }
  }

  /** A one-byte decimal BCD value, 0..99. */
  public static int readDecimalByte(ByteBuf buf, int index) {
    int b = buf.getUnsignedByte(index);
    int high = b >>> 4;
    int low = b & 0x0F;
    if (high > 9 || low > 9) {
      throw new YkcDecodeException(Reason.FIELD_OUT_OF_RANGE, String.format("BCD byte %02X", b));
    }
    return high * 10 + low;
  }

  /** Writes 0..99 as one decimal BCD byte. */
  public static void writeDecimalByte(ByteBuf buf, int value) {
    buf.writeByte(((value / 10) << 4) | (value % 10));
  }

  /** True if {@code s} has exactly {@code length} characters, each 0-9 or upper-case A-F. */
  public static boolean isHex(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code s} has exactly {@code length} characters, each 0-9. */
  public static boolean isDecimal(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int nibble(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException("not a hex digit: " + c);
  }
}
