package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0x17 parameter configuration, BMS BCP data (pile → platform, DC), body 45 ({@code ykc-protocol.md
 * §6.4}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 21 BMS bytes after the gun, as received
 */
public record ParameterConfiguration(
    TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 21;

  public ParameterConfiguration {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.PARAMETER_CONFIGURATION;
  }

  /** BMS maximum allowed cell charge voltage, V. */
  public BigDecimal maxCellChargeVoltage() {
    return Bms.hundredths(data, 0);
  }

  /** BMS maximum allowed charge current, A. */
  public BigDecimal maxChargeCurrent() {
    return Bms.current(data, 2);
  }

  /** BMS nominal total energy, kWh. */
  public BigDecimal nominalTotalEnergy() {
    return Bms.tenths(data, 4);
  }

  /** BMS maximum allowed total charge voltage, V. */
  public BigDecimal maxTotalChargeVoltage() {
    return Bms.tenths(data, 6);
  }

  /** BMS maximum allowed temperature, °C. */
  public int maxTemperature() {
    return Bms.temperature(data, 8);
  }

  /** BMS state of charge, %. */
  public BigDecimal soc() {
    return Bms.tenths(data, 9);
  }

  /** BMS current battery voltage, V. */
  public BigDecimal batteryVoltage() {
    return Bms.tenths(data, 11);
  }

  /** Charger maximum output voltage, V. */
  public BigDecimal chargerMaxVoltage() {
    return Bms.tenths(data, 13);
  }

  /** Charger minimum output voltage, V. */
  public BigDecimal chargerMinVoltage() {
    return Bms.tenths(data, 15);
  }

  /** Charger maximum output current, A. */
  public BigDecimal chargerMaxCurrent() {
    return Bms.current(data, 17);
  }

  /** Charger minimum output current, A. */
  public BigDecimal chargerMinCurrent() {
    return Bms.current(data, 19);
  }

  static ParameterConfiguration read(BodyReader in) {
    return new ParameterConfiguration(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
