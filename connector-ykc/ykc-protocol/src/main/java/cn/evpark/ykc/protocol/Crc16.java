package cn.evpark.ykc.protocol;

import io.netty.buffer.ByteBuf;

/**
 * CRC-16/MODBUS (reflected polynomial 0xA001, initial value 0xFFFF, no final XOR), table-driven.
 *
 * <p>The document's text names "polynomial 0x180D"; its appendix and every CRC-valid sample use the
 * Modbus CRC ({@code ykc-protocol.md §2.1}). Check value: {@code "123456789"} → {@code 0x4B37}. On
 * the wire the low byte goes first; see {@link CrcOrder}.
 */
public final class Crc16 {

  private static final int[] TABLE = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      int crc = i;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
      }
      TABLE[i] = crc;
    }
  }

  private Crc16() {}

  /** The CRC of {@code length} bytes of {@code data} from {@code offset}, as 0..0xFFFF. */
  public static int compute(byte[] data, int offset, int length) {
    int crc = 0xFFFF;
    for (int i = offset, end = offset + length; i < end; i++) {
      crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
    }
    return crc;
  }

  /**
   * The CRC of {@code length} bytes of {@code buf} from absolute {@code index}; indices unchanged.
   */
  public static int compute(ByteBuf buf, int index, int length) {
    if (buf.hasArray()) {
      return compute(buf.array(), buf.arrayOffset() + index, length);
    }
    int crc = 0xFFFF;
    for (int i = index, end = index + length; i < end; i++) {
      crc = (crc >>> 8) ^ TABLE[(crc ^ buf.getByte(i)) & 0xFF];
    }
    return crc;
  }
}
