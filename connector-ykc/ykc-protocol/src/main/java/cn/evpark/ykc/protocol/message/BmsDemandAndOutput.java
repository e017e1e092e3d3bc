package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0x23 BMS demand and charger output, BCL/BCS/CCS (pile → platform, DC), body 44, every 15 s while
 * charging ({@code ykc-protocol.md §6.6}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 20 BMS bytes after the gun, as received
 */
public record BmsDemandAndOutput(
    TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 20;

  public BmsDemandAndOutput {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.BMS_DEMAND_AND_OUTPUT;
  }

  /** BMS voltage demand, V. */
  public BigDecimal voltageDemand() {
    return Bms.tenths(data, 0);
  }

  /** BMS current demand, A. */
  public BigDecimal currentDemand() {
    return Bms.current(data, 2);
  }

  /** BMS charge mode: 1 constant voltage, 2 constant current. */
  public int chargeMode() {
    return Bms.u8(data, 4);
  }

  /** BMS measured charge voltage, V. */
  public BigDecimal measuredVoltage() {
    return Bms.tenths(data, 5);
  }

  /** BMS measured charge current, A. */
  public BigDecimal measuredCurrent() {
    return Bms.current(data, 7);
  }

  /** Highest cell voltage, V (bits 0-11). */
  public BigDecimal highestCellVoltage() {
    return BigDecimal.valueOf(Bms.u16(data, 9) & 0x0FFF, 2);
  }

  /** Group of the highest cell (bits 12-15). */
  public int highestCellGroup() {
    return Bms.u16(data, 9) >>> 12;
  }

  /** State of charge, %. */
  public int soc() {
    return Bms.u8(data, 11);
  }

  /** Estimated remaining time, minutes. */
  public int remainingMinutes() {
    return Bms.u16(data, 12);
  }

  /** Charger output voltage, V. */
  public BigDecimal chargerOutputVoltage() {
    return Bms.tenths(data, 14);
  }

  /** Charger output current, A. */
  public BigDecimal chargerOutputCurrent() {
    return Bms.current(data, 16);
  }

  /** Cumulative charging time, minutes. */
  public int chargingMinutes() {
    return Bms.u16(data, 18);
  }

  static BmsDemandAndOutput read(BodyReader in) {
    return new BmsDemandAndOutput(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
