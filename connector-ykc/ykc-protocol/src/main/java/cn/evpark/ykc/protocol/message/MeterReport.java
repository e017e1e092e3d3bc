package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bcd;
import cn.evpark.ykc.protocol.Bytes;
import java.util.Locale;

/**
 * The energy meter's part of a V1.7 transaction record (0x3D body bytes 38–80, {@code
 * docs/ykc-versions.md}): 43 bytes between the end time and the sharp unit price. The platform
 * stores and shows them; it does not verify the ciphertext (no public source gives its scheme).
 *
 * <pre>
 *   off  len  field
 *   38    6   电表表号 meter number, BCD: 01 00 00 00 00 00 → "010000000000"
 *   44   34   电表密文 meter ciphertext, raw bytes
 *   78    2   电表协议版本号 meter protocol version, BIN little-endian
 *   80    1   加密方式 encryption method, BIN
 * </pre>
 *
 * @param meterNumber 12 hex digits as sent (BCD; a hex nibble is kept, not refused), zeros if none
 * @param ciphertext the 34 bytes as sent, zeros if none
 * @param meterProtocolVersion 0..65535, as sent
 * @param encryptionMethod 0..255, as sent: kept raw, since no public source gives its table (JCPP's
 *     sample pairs a non-zero ciphertext with method 0x00, so 0x00 cannot be read as "none")
 */
public record MeterReport(
    String meterNumber, Bytes ciphertext, int meterProtocolVersion, int encryptionMethod) {

  /** Bytes of the meter part of a 0x3D body. */
  public static final int LENGTH = 6 + 34 + 2 + 1;

  /** Length of the ciphertext. */
  public static final int CIPHERTEXT_LENGTH = 34;

  /** A record's meter part when the pile has nothing to report: every byte zero. */
  public static final MeterReport NONE =
      new MeterReport("000000000000", Bytes.zeros(CIPHERTEXT_LENGTH), 0, 0);

  public MeterReport {
    Fields.present(meterNumber, "meterNumber");
    meterNumber = meterNumber.toUpperCase(Locale.ROOT);
    if (!Bcd.isHex(meterNumber, 12)) {
      throw new IllegalArgumentException("meterNumber must be 12 hex digits: " + meterNumber);
    }
    Fields.length(ciphertext, CIPHERTEXT_LENGTH, "ciphertext");
    Fields.u16(meterProtocolVersion, "meterProtocolVersion");
    Fields.u8(encryptionMethod, "encryptionMethod");
  }

  static MeterReport read(BodyReader in) {
    return new MeterReport(in.hex(6), in.bytes(CIPHERTEXT_LENGTH), in.u16(), in.u8());
  }

  void write(BodyWriter out) {
    out.hex(meterNumber);
    out.bytes(ciphertext);
    out.u16(meterProtocolVersion);
    out.u8(encryptionMethod);
  }
}
