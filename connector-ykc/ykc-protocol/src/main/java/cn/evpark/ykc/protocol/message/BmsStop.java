package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0x1D BMS stop during charging, BST (pile → platform, DC), body 28 ({@code ykc-protocol.md §6.6}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 4 BMS bytes after the gun, as received
 */
public record BmsStop(TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 4;

  public BmsStop {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.BMS_STOP;
  }

  /** Stop reason: SOC target reached (2-bit flag) */
  public int socTargetReached() {
    return Bms.flag2(data, 0, 0);
  }

  /** Stop reason: total-voltage set point reached (2-bit flag) */
  public int totalVoltageReached() {
    return Bms.flag2(data, 0, 2);
  }

  /** Stop reason: cell-voltage set point reached (2-bit flag) */
  public int cellVoltageReached() {
    return Bms.flag2(data, 0, 4);
  }

  /** Stop reason: charger-initiated stop (2-bit flag) */
  public int chargerInitiated() {
    return Bms.flag2(data, 0, 6);
  }

  /** Fault: insulation (2-bit flag) */
  public int insulationFault() {
    return Bms.flag2(data, 1, 0);
  }

  /** Fault: output connector over-temperature (2-bit flag) */
  public int outputConnectorOverTemperature() {
    return Bms.flag2(data, 1, 2);
  }

  /** Fault: BMS component or connector over-temperature (2-bit flag) */
  public int componentOverTemperature() {
    return Bms.flag2(data, 1, 4);
  }

  /** Fault: charging connector (2-bit flag) */
  public int chargingConnectorFault() {
    return Bms.flag2(data, 1, 6);
  }

  /** Fault: battery over-temperature (2-bit flag) */
  public int batteryOverTemperature() {
    return Bms.flag2(data, 1, 8);
  }

  /** Fault: high-voltage relay (2-bit flag) */
  public int highVoltageRelayFault() {
    return Bms.flag2(data, 1, 10);
  }

  /** Fault: CC2 voltage detection (2-bit flag) */
  public int cc2VoltageFault() {
    return Bms.flag2(data, 1, 12);
  }

  /** Fault: other (2-bit flag) */
  public int otherFault() {
    return Bms.flag2(data, 1, 14);
  }

  /** Error: over-current (2-bit flag) */
  public int overCurrent() {
    return Bms.flag2(data, 3, 0);
  }

  /** Error: voltage abnormal (2-bit flag) */
  public int voltageAbnormal() {
    return Bms.flag2(data, 3, 2);
  }

  static BmsStop read(BodyReader in) {
    return new BmsStop(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
