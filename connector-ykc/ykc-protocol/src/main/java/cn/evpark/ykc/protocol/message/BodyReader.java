package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bcd;
import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Reads body fields in order, little-endian for binary fields ({@code ykc-protocol.md §3}). Values
 * a field's type refuses surface as {@link IllegalArgumentException}, which the codec reports as
 * {@link Reason#FIELD_OUT_OF_RANGE}.
 */
final class BodyReader {

  private final ByteBuf buf;
  private final int end;
  private int index;

  BodyReader(ByteBuf buf, int index, int length) {
    this.buf = buf;
    this.index = index;
    this.end = index + length;
  }

  int remaining() {
    return end - index;
  }

  private int take(int n) {
    int at = index;
    index += n;
    return at;
  }

  int u8() {
    return buf.getUnsignedByte(take(1));
  }

  int u16() {
    return buf.getUnsignedShortLE(take(2));
  }

  int u24() {
    return buf.getUnsignedMediumLE(take(3));
  }

  long u32() {
    return buf.getUnsignedIntLE(take(4));
  }

  long u40() {
    int at = take(5);
    return buf.getUnsignedIntLE(at) | (long) buf.getUnsignedByte(at + 4) << 32;
  }

  long u64() {
    return buf.getLongLE(take(8));
  }

  boolean flag() {
    int v = u8();
    if (v > 1) {
      throw new YkcDecodeException(Reason.FIELD_OUT_OF_RANGE, "flag byte " + v);
    }
    return v == 1;
  }

  /**
   * A code of a downlink message, which the platform writes: a value outside the table is an error.
   */
  <E extends Enum<E> & Coded> E code(Class<E> type) {
    return Codes.of(type, u8());
  }

  /** A code a pile sends: a value outside the table is kept raw ({@link Code}). */
  <E extends Enum<E> & Coded> Code<E> openCode(Class<E> type) {
    return Code.of(type, u8());
  }

  String hex(int bytes) {
    return Bcd.read(buf, take(bytes), bytes);
  }

  PileCode pileCode() {
    String digits = hex(7);
    if (!Bcd.isDecimal(digits, 14)) {
      throw new YkcDecodeException(Reason.FIELD_OUT_OF_RANGE, "pile code " + digits);
    }
    return new PileCode(digits);
  }

  int gun() {
    return Bcd.readDecimalByte(buf, take(1));
  }

  TransactionSerial serial() {
    return new TransactionSerial(hex(16));
  }

  BillingModelNumber modelNumber() {
    return new BillingModelNumber(hex(2));
  }

  LogicalCardNumber logicalCard() {
    return new LogicalCardNumber(hex(8));
  }

  PhysicalCardNumber physicalCard() {
    return new PhysicalCardNumber(hex(8));
  }

  ParallelSessionNumber parallelSession() {
    return new ParallelSessionNumber(hex(6));
  }

  Cp56Time2a time() {
    return Cp56Time2a.read(buf, take(7));
  }

  /** 4 bytes, 5 decimals: a price in yuan/kWh. */
  BigDecimal price() {
    return BigDecimal.valueOf(u32(), 5);
  }

  /** 4 bytes, 4 decimals: energy in kWh or an amount in yuan. */
  BigDecimal fourDecimals() {
    return BigDecimal.valueOf(u32(), 4);
  }

  /** 4 bytes, 2 decimals: an account balance in yuan. */
  BigDecimal balance() {
    return BigDecimal.valueOf(u32(), 2);
  }

  /** 2 bytes, 1 decimal: volts or amperes. */
  BigDecimal tenths() {
    return BigDecimal.valueOf(u16(), 1);
  }

  /**
   * Zero-padded text: every byte as ISO-8859-1 with trailing zeros dropped, so any bytes read back
   * to the same bytes when written.
   */
  String ascii(int length) {
    int at = take(length);
    int used = length;
    while (used > 0 && buf.getByte(at + used - 1) == 0) {
      used--;
    }
    return buf.toString(at, used, StandardCharsets.ISO_8859_1);
  }

  /** Like {@link #ascii} for a field sent byte-reversed (the VIN of 0x31/0xA1). */
  String asciiReversed(int length) {
    byte[] bytes = new byte[length];
    buf.getBytes(take(length), bytes);
    for (int i = 0; i < length / 2; i++) {
      byte t = bytes[i];
      bytes[i] = bytes[length - 1 - i];
      bytes[length - 1 - i] = t;
    }
    int used = length;
    while (used > 0 && bytes[used - 1] == 0) {
      used--;
    }
    return new String(bytes, 0, used, StandardCharsets.ISO_8859_1);
  }

  /** Exactly {@code length} bytes as ISO-8859-1 text, NULs included. */
  String latin1(int length) {
    return buf.toString(take(length), length, StandardCharsets.ISO_8859_1);
  }

  Bytes bytes(int length) {
    return Bytes.read(buf, take(length), length);
  }
}
