package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0x21 charger stop during charging, CST (pile → platform, DC), body 28 ({@code ykc-protocol.md
 * §6.6}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 4 BMS bytes after the gun, as received
 */
public record ChargerStop(
    TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 4;

  public ChargerStop {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.CHARGER_STOP;
  }

  /** Stop reason: set conditions reached (2-bit flag) */
  public int conditionsReached() {
    return Bms.flag2(data, 0, 0);
  }

  /** Stop reason: manual stop (2-bit flag) */
  public int manualStop() {
    return Bms.flag2(data, 0, 2);
  }

  /** Stop reason: abnormal stop (2-bit flag) */
  public int abnormalStop() {
    return Bms.flag2(data, 0, 4);
  }

  /** Stop reason: BMS-initiated stop (2-bit flag) */
  public int bmsInitiated() {
    return Bms.flag2(data, 0, 6);
  }

  /** Fault: charger over-temperature (2-bit flag) */
  public int chargerOverTemperature() {
    return Bms.flag2(data, 1, 0);
  }

  /** Fault: charging connector (2-bit flag) */
  public int connectorFault() {
    return Bms.flag2(data, 1, 2);
  }

  /** Fault: charger internal over-temperature (2-bit flag) */
  public int internalOverTemperature() {
    return Bms.flag2(data, 1, 4);
  }

  /** Fault: energy cannot be delivered (2-bit flag) */
  public int energyUndeliverable() {
    return Bms.flag2(data, 1, 6);
  }

  /** Fault: emergency stop (2-bit flag) */
  public int emergencyStop() {
    return Bms.flag2(data, 1, 8);
  }

  /** Fault: other (2-bit flag) */
  public int otherFault() {
    return Bms.flag2(data, 1, 10);
  }

  /** Error: current mismatch (2-bit flag) */
  public int currentMismatch() {
    return Bms.flag2(data, 3, 0);
  }

  /** Error: voltage abnormal (2-bit flag) */
  public int voltageAbnormal() {
    return Bms.flag2(data, 3, 2);
  }

  static ChargerStop read(BodyReader in) {
    return new ChargerStop(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
