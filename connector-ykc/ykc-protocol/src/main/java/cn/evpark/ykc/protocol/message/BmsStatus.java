package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0x25 BMS status info, BSM (pile → platform, DC), body 31, every 15 s while charging ({@code
 * ykc-protocol.md §6.6}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 7 BMS bytes after the gun, as received
 */
public record BmsStatus(TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 7;

  public BmsStatus {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.BMS_STATUS;
  }

  /** Number of the highest-voltage cell (wire offset 1). */
  public int highestCellNumber() {
    return Bms.u8(data, 0) + 1;
  }

  /** Highest battery temperature, °C. */
  public int maxBatteryTemperature() {
    return Bms.temperature(data, 1);
  }

  /** Probe of the highest temperature (wire offset 1). */
  public int maxTemperatureProbe() {
    return Bms.u8(data, 2) + 1;
  }

  /** Lowest battery temperature, °C. */
  public int minBatteryTemperature() {
    return Bms.temperature(data, 3);
  }

  /** Probe of the lowest temperature (wire offset 1). */
  public int minTemperatureProbe() {
    return Bms.u8(data, 4) + 1;
  }

  /** Cell voltage too high/low (2-bit flag) */
  public int cellVoltageState() {
    return Bms.flag2(data, 5, 0);
  }

  /** SOC too high/low (2-bit flag) */
  public int socState() {
    return Bms.flag2(data, 5, 2);
  }

  /** Charge over-current (2-bit flag) */
  public int overCurrent() {
    return Bms.flag2(data, 5, 4);
  }

  /** Battery over-temperature (2-bit flag) */
  public int overTemperature() {
    return Bms.flag2(data, 5, 6);
  }

  /** Insulation state (2-bit flag) */
  public int insulationState() {
    return Bms.flag2(data, 5, 8);
  }

  /** Output connector state (2-bit flag) */
  public int outputConnectorState() {
    return Bms.flag2(data, 5, 10);
  }

  /** Charging permitted: 0 forbidden, 1 allowed (2-bit flag) */
  public int chargingPermitted() {
    return Bms.flag2(data, 5, 12);
  }

  static BmsStatus read(BodyReader in) {
    return new BmsStatus(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
