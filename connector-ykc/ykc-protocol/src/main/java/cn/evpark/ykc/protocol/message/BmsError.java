package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0x1B error frame, BEM/CEM timeouts (pile → platform, DC), body 32 ({@code ykc-protocol.md §6.6}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 8 BMS bytes after the gun, as received
 */
public record BmsError(TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 8;

  public BmsError {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.BMS_ERROR;
  }

  /** Timeout receiving CRM 0x00 (2-bit flag) */
  public int crm00Timeout() {
    return Bms.flag2(data, 0, 0);
  }

  /** Timeout receiving CRM 0xAA (2-bit flag) */
  public int crmAaTimeout() {
    return Bms.flag2(data, 0, 2);
  }

  /** Timeout receiving CTS/CML (2-bit flag) */
  public int ctsCmlTimeout() {
    return Bms.flag2(data, 1, 0);
  }

  /** Timeout receiving CRO (2-bit flag) */
  public int croTimeout() {
    return Bms.flag2(data, 1, 2);
  }

  /** Timeout receiving CCS (2-bit flag) */
  public int ccsTimeout() {
    return Bms.flag2(data, 2, 0);
  }

  /** Timeout receiving CST (2-bit flag) */
  public int cstTimeout() {
    return Bms.flag2(data, 2, 2);
  }

  /** Timeout receiving CSD (2-bit flag) */
  public int csdTimeout() {
    return Bms.flag2(data, 3, 0);
  }

  /** Other charger-side error bits (6 bits). */
  public int chargerOther() {
    return Bms.u8(data, 3) >>> 2;
  }

  /** Timeout receiving BRM (2-bit flag) */
  public int brmTimeout() {
    return Bms.flag2(data, 4, 0);
  }

  /** Timeout receiving BCP (2-bit flag) */
  public int bcpTimeout() {
    return Bms.flag2(data, 5, 0);
  }

  /** Timeout receiving BRO (2-bit flag) */
  public int broTimeout() {
    return Bms.flag2(data, 5, 2);
  }

  /** Timeout receiving BCS (2-bit flag) */
  public int bcsTimeout() {
    return Bms.flag2(data, 6, 0);
  }

  /** Timeout receiving BCL (2-bit flag) */
  public int bclTimeout() {
    return Bms.flag2(data, 6, 2);
  }

  /** Timeout receiving BST (2-bit flag) */
  public int bstTimeout() {
    return Bms.flag2(data, 6, 4);
  }

  /** Timeout receiving BSD (2-bit flag) */
  public int bsdTimeout() {
    return Bms.flag2(data, 7, 0);
  }

  /** Other BMS-side error bits (6 bits). */
  public int bmsOther() {
    return Bms.u8(data, 7) >>> 2;
  }

  static BmsError read(BodyReader in) {
    return new BmsError(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
