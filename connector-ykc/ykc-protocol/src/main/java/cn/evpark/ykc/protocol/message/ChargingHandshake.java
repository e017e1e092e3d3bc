package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0x15 charging handshake, BMS BRM data (pile → platform, DC), body 73 ({@code ykc-protocol.md
 * §6.3}).
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param data the 49 BMS bytes after the gun, as received
 */
public record ChargingHandshake(
    TransactionSerial transactionSerial, PileCode pileCode, int gun, Bytes data)
    implements BmsMessage {

  /** Length of {@link #data()}. */
  public static final int DATA_LENGTH = 49;

  public ChargingHandshake {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.length(data, DATA_LENGTH, "data");
  }

  @Override
  public FrameType type() {
    return FrameType.CHARGING_HANDSHAKE;
  }

  /** BMS protocol version, 3 bytes little-endian (V1.1 = 0x000101). */
  public int bmsProtocolVersion() {
    return Bms.u24(data, 0);
  }

  /**
   * Battery type: 01 lead-acid, 02 NiMH, 03 LiFePO4, 04 LiMn2O4, 05 LiCoO2, 06 NCM, 07 Li-polymer,
   * 08 LTO, FF other.
   */
  public int batteryType() {
    return Bms.u8(data, 3);
  }

  /** Rated capacity, Ah. */
  public BigDecimal ratedCapacityAh() {
    return Bms.tenths(data, 4);
  }

  /** Rated total voltage, V. */
  public BigDecimal ratedTotalVoltage() {
    return Bms.tenths(data, 6);
  }

  /** Battery manufacturer, 4 ASCII characters. */
  public String batteryManufacturer() {
    return Bms.ascii(data, 8, 4);
  }

  /** Battery pack serial, vendor-defined. */
  public long batteryPackSerial() {
    return Bms.u32(data, 12);
  }

  /** Production year (wire offset 1985). */
  public int productionYear() {
    return 1985 + Bms.u8(data, 16);
  }

  /** Production month, 1..12. */
  public int productionMonth() {
    return Bms.u8(data, 17);
  }

  /** Production day, 1..31. */
  public int productionDay() {
    return Bms.u8(data, 18);
  }

  /** Charge cycle count. */
  public int chargeCycles() {
    return Bms.u24(data, 19);
  }

  /** Ownership: 0 leased, 1 owned by the vehicle owner. */
  public int ownership() {
    return Bms.u8(data, 22);
  }

  /** The reserved byte. */
  public int reservedByte() {
    return Bms.u8(data, 23);
  }

  /** VIN, normal order. */
  public String vin() {
    return Bms.ascii(data, 24, 17);
  }

  /** BMS software version, 8 bytes in the GB/T 27930 layout. */
  public Bytes bmsSoftwareVersion() {
    return Bms.slice(data, 41, 8);
  }

  static ChargingHandshake read(BodyReader in) {
    return new ChargingHandshake(in.serial(), in.pileCode(), in.gun(), in.bytes(DATA_LENGTH));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.bytes(data);
  }
}
