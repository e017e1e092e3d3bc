package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;
import java.util.Set;

/**
 * 0x13 real-time monitoring data (pile → platform), body 60, never answered ({@code ykc-protocol.md
 * §6.2}): every 15 s while charging, every 5 min idle, at once on a change of status or plug state,
 * and in answer to {@link ReadRealTimeData}. Amounts are provisional: only the {@link
 * TransactionRecord} settles.
 *
 * @param transactionSerial the session, {@link TransactionSerial#NONE} when idle
 * @param pileCode the pile
 * @param gun the gun
 * @param status gun status
 * @param holster whether the gun is back in its holster
 * @param pluggedFlag the flag byte as sent: 0x01 if the gun is plugged into a vehicle (plugged() is
 *     true only then)
 * @param outputVoltage volts at 1 decimal
 * @param outputCurrent amperes at 1 decimal
 * @param gunTemperature gun cable temperature, °C (wire offset −50); −50 when not charging
 * @param gunCableCode gun cable code, 8 bytes little-endian, 0 if none
 * @param soc state of charge, %, 0 for AC piles
 * @param batteryMaxTemperature battery pack maximum temperature, °C (wire offset −50)
 * @param chargingMinutes cumulative charging time, minutes
 * @param remainingMinutes estimated remaining time, minutes, 0 for AC
 * @param energy charged energy, kWh at 4 decimals
 * @param lossCorrectedEnergy loss-corrected energy, kWh at 4 decimals
 * @param amount amount so far, yuan at 4 decimals
 * @param hardwareFaultBits the 16 fault bits; see {@link #hardwareFaults()}
 */
public record RealTimeData(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    Code<GunStatus> status,
    Code<HolsterState> holster,
    Code<Flag> pluggedFlag,
    BigDecimal outputVoltage,
    BigDecimal outputCurrent,
    int gunTemperature,
    long gunCableCode,
    int soc,
    int batteryMaxTemperature,
    int chargingMinutes,
    int remainingMinutes,
    BigDecimal energy,
    BigDecimal lossCorrectedEnergy,
    BigDecimal amount,
    int hardwareFaultBits)
    implements PileMessage, GunScoped {

  public RealTimeData {
    Fields.present(pluggedFlag, "pluggedFlag");
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(status, "status");
    Fields.present(holster, "holster");
    outputVoltage = Fields.tenths(outputVoltage, "outputVoltage");
    outputCurrent = Fields.tenths(outputCurrent, "outputCurrent");
    Fields.range(gunTemperature, -50, 205, "gunTemperature");
    Fields.u8(soc, "soc");
    Fields.range(batteryMaxTemperature, -50, 205, "batteryMaxTemperature");
    Fields.u16(chargingMinutes, "chargingMinutes");
    Fields.u16(remainingMinutes, "remainingMinutes");
    energy = Fields.fourDecimals(energy, "energy");
    lossCorrectedEnergy = Fields.fourDecimals(lossCorrectedEnergy, "lossCorrectedEnergy");
    amount = Fields.fourDecimals(amount, "amount");
    Fields.u16(hardwareFaultBits, "hardwareFaultBits");
  }

  /** With the flag byte for {@code plugged}. */
  public RealTimeData(
      TransactionSerial transactionSerial,
      PileCode pileCode,
      int gun,
      Code<GunStatus> status,
      Code<HolsterState> holster,
      boolean plugged,
      BigDecimal outputVoltage,
      BigDecimal outputCurrent,
      int gunTemperature,
      long gunCableCode,
      int soc,
      int batteryMaxTemperature,
      int chargingMinutes,
      int remainingMinutes,
      BigDecimal energy,
      BigDecimal lossCorrectedEnergy,
      BigDecimal amount,
      int hardwareFaultBits) {
    this(
        transactionSerial,
        pileCode,
        gun,
        status,
        holster,
        Flag.of(plugged),
        outputVoltage,
        outputCurrent,
        gunTemperature,
        gunCableCode,
        soc,
        batteryMaxTemperature,
        chargingMinutes,
        remainingMinutes,
        energy,
        lossCorrectedEnergy,
        amount,
        hardwareFaultBits);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean plugged() {
    return pluggedFlag.is(Flag.YES);
  }

  /** The faults whose bits are set. */
  public Set<HardwareFault> hardwareFaults() {
    return HardwareFault.of(hardwareFaultBits);
  }

  @Override
  public FrameType type() {
    return FrameType.REAL_TIME_DATA;
  }

  static RealTimeData read(BodyReader in) {
    return new RealTimeData(
        in.serial(),
        in.pileCode(),
        in.gun(),
        in.openCode(GunStatus.class),
        in.openCode(HolsterState.class),
        in.openCode(Flag.class),
        in.tenths(),
        in.tenths(),
        in.u8() - 50,
        in.u64(),
        in.u8(),
        in.u8() - 50,
        in.u16(),
        in.u16(),
        in.fourDecimals(),
        in.fourDecimals(),
        in.fourDecimals(),
        in.u16());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(status);
    out.code(holster);
    out.code(pluggedFlag);
    out.scaled(outputVoltage, 2);
    out.scaled(outputCurrent, 2);
    out.u8(gunTemperature + 50);
    out.u64(gunCableCode);
    out.u8(soc);
    out.u8(batteryMaxTemperature + 50);
    out.u16(chargingMinutes);
    out.u16(remainingMinutes);
    out.scaled(energy, 4);
    out.scaled(lossCorrectedEnergy, 4);
    out.scaled(amount, 4);
    out.u16(hardwareFaultBits);
  }
}
