package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0x19 charging end, BMS BSD/CSD statistics (pile → platform, DC), body 39 ({@code ykc-protocol.md
 * §6.5}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 15 BMS bytes after the gun, as received
 */
public record ChargingEnd(
    TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 15;

  public ChargingEnd {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.CHARGING_END;
  }

  /** BMS state of charge at stop, %. */
  public int finalSoc() {
    return Bms.u8(data, 0);
  }

  /** Lowest cell voltage, V. */
  public BigDecimal minCellVoltage() {
    return Bms.hundredths(data, 1);
  }

  /** Highest cell voltage, V. */
  public BigDecimal maxCellVoltage() {
    return Bms.hundredths(data, 3);
  }

  /** Lowest battery temperature, °C. */
  public int minBatteryTemperature() {
    return Bms.temperature(data, 5);
  }

  /** Highest battery temperature, °C. */
  public int maxBatteryTemperature() {
    return Bms.temperature(data, 6);
  }

  /** Cumulative charging time, minutes. */
  public int chargingMinutes() {
    return Bms.u16(data, 7);
  }

  /** Energy delivered, kWh at 1 decimal. */
  public BigDecimal energyDelivered() {
    return Bms.tenths(data, 9);
  }

  /** Charger number. */
  public long chargerNumber() {
    return Bms.u32(data, 11);
  }

  static ChargingEnd read(BodyReader in) {
    return new ChargingEnd(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
