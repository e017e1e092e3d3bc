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
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;

/**
 * Writes body fields in order into the codec's buffer. Only the codec creates one; messages see
 * nothing but typed field writers.
 */
public final class BodyWriter {

  private final ByteBuf buf;

  BodyWriter(ByteBuf buf) {
    this.buf = buf;
  }

  void u8(int v) {
    buf.writeByte(v);
  }

  void u16(int v) {
    buf.writeShortLE(v);
  }

  void u24(int v) {
    buf.writeMediumLE(v);
  }

  void u32(long v) {
    buf.writeIntLE((int) v);
  }

  void u40(long v) {
    buf.writeIntLE((int) v);
    buf.writeByte((int) (v >>> 32));
  }

  void u64(long v) {
    buf.writeLongLE(v);
  }

  void flag(boolean v) {
    buf.writeByte(v ? 1 : 0);
  }

  void code(Coded c) {
    buf.writeByte(c.code());
  }

  void code(Code<?> c) {
    buf.writeByte(c.raw());
  }

  void hex(String digits) {
    Bcd.write(buf, digits);
  }

  void pileCode(PileCode code) {
    Bcd.write(buf, code.value());
  }

  void gun(int gun) {
    Bcd.writeDecimalByte(buf, gun);
  }

  void serial(TransactionSerial serial) {
    Bcd.write(buf, serial.value());
  }

  void modelNumber(BillingModelNumber number) {
    Bcd.write(buf, number.value());
  }

  void logicalCard(LogicalCardNumber card) {
    Bcd.write(buf, card.value());
  }

  void physicalCard(PhysicalCardNumber card) {
    Bcd.write(buf, card.hex());
  }

  void parallelSession(ParallelSessionNumber number) {
    Bcd.write(buf, number.value());
  }

  void time(Cp56Time2a time) {
    time.write(buf);
  }

  /** A value already validated to the field's scale and range, as its unscaled integer. */
  void scaled(BigDecimal value, int bytes) {
    long unscaled = value.scaleByPowerOfTen(value.scale()).longValueExact();
    switch (bytes) {
      case 2 -> u16((int) unscaled);
      case 4 -> u32(unscaled);
      case 5 -> u40(unscaled);
      default -> throw new IllegalArgumentException("no " + bytes + "-byte scaled field");
    }
  }

  void ascii(String text, int length) {
    for (int i = 0; i < length; i++) {
      buf.writeByte(i < text.length() ? text.charAt(i) : 0);
    }
  }

  void asciiReversed(String text, int length) {
    for (int i = length - 1; i >= 0; i--) {
      buf.writeByte(i < text.length() ? text.charAt(i) : 0);
    }
  }

  void bytes(Bytes bytes) {
    bytes.writeTo(buf);
  }
}
