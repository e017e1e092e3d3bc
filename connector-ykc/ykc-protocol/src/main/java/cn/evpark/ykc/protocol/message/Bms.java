package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Field readers over the kept bytes of a BMS frame (GB/T 27930 units). */
final class Bms {

  private Bms() {}

  static int u8(Bytes data, int i) {
    return data.get(i);
  }

  static int u16(Bytes data, int i) {
    return data.get(i) | data.get(i + 1) << 8;
  }

  static int u24(Bytes data, int i) {
    return u16(data, i) | data.get(i + 2) << 16;
  }

  static long u32(Bytes data, int i) {
    return u24(data, i) | (long) data.get(i + 3) << 24;
  }

  /** The 2-bit field at bit {@code shift} (0..15) of the bytes from {@code i}, LSB first. */
  static int flag2(Bytes data, int i, int shift) {
    return (data.get(i + shift / 8) >>> (shift % 8)) & 0b11;
  }

  /** 0.1 units per bit, no offset. */
  static BigDecimal tenths(Bytes data, int i) {
    return BigDecimal.valueOf(u16(data, i), 1);
  }

  /** 0.01 units per bit, no offset. */
  static BigDecimal hundredths(Bytes data, int i) {
    return BigDecimal.valueOf(u16(data, i), 2);
  }

  /** GB/T 27930 current: 0.1 A per bit, offset −400 A. */
  static BigDecimal current(Bytes data, int i) {
    return BigDecimal.valueOf(u16(data, i) - 4000L, 1);
  }

  /** GB/T 27930 temperature: 1 °C per bit, offset −50 °C. */
  static int temperature(Bytes data, int i) {
    return data.get(i) - 50;
  }

  static String ascii(Bytes data, int i, int length) {
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      bytes[k] = (byte) data.get(i + k);
    }
    int used = length;
    while (used > 0 && bytes[used - 1] == 0) {
      used--;
    }
    return new String(bytes, 0, used, StandardCharsets.ISO_8859_1);
  }

  static Bytes slice(Bytes data, int i, int length) {
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      bytes[k] = (byte) data.get(i + k);
    }
    return Bytes.of(bytes);
  }
}
