package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * 0x3B transaction record, the bill (pile → platform), body 158 ({@code ykc-protocol.md §7.7}). The
 * pile re-sends it until a {@link TransactionRecordAck} arrives, so the platform must be idempotent
 * on pile code + serial (§11.4). The only source of settlement.
 *
 * @param transactionSerial the session
 * @param pileCode the pile
 * @param gun the gun
 * @param startTime session start
 * @param endTime session end
 * @param sharp sharp-tier usage
 * @param peak peak-tier usage
 * @param flat flat-tier usage
 * @param valley valley-tier usage
 * @param meterStart meter total at start, kWh at 4 decimals (5 bytes since V1.5)
 * @param meterEnd meter total at end, kWh at 4 decimals
 * @param totalEnergy kWh at 4 decimals
 * @param totalLossCorrectedEnergy kWh at 4 decimals
 * @param totalAmount electricity + service, yuan at 4 decimals
 * @param vin VIN in normal order, empty if unknown
 * @param transactionType how the session started
 * @param transactionTime when the record was made
 * @param stopReason why the session ended
 * @param physicalCard the card, zeros if none
 */
public record TransactionRecord(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    Cp56Time2a startTime,
    Cp56Time2a endTime,
    TierUsage sharp,
    TierUsage peak,
    TierUsage flat,
    TierUsage valley,
    BigDecimal meterStart,
    BigDecimal meterEnd,
    BigDecimal totalEnergy,
    BigDecimal totalLossCorrectedEnergy,
    BigDecimal totalAmount,
    String vin,
    Code<TransactionType> transactionType,
    Cp56Time2a transactionTime,
    StopReason stopReason,
    PhysicalCardNumber physicalCard)
    implements TransactionBill {

  public TransactionRecord {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(startTime, "startTime");
    Fields.present(endTime, "endTime");
    Fields.present(sharp, "sharp");
    Fields.present(peak, "peak");
    Fields.present(flat, "flat");
    Fields.present(valley, "valley");
    meterStart = Fields.scaled(meterStart, 4, Fields.U40, "meterStart");
    meterEnd = Fields.scaled(meterEnd, 4, Fields.U40, "meterEnd");
    totalEnergy = Fields.fourDecimals(totalEnergy, "totalEnergy");
    totalLossCorrectedEnergy =
        Fields.fourDecimals(totalLossCorrectedEnergy, "totalLossCorrectedEnergy");
    totalAmount = Fields.fourDecimals(totalAmount, "totalAmount");
    Fields.text(vin, 17, "vin");
    Fields.present(transactionType, "transactionType");
    Fields.present(transactionTime, "transactionTime");
    Fields.present(stopReason, "stopReason");
    Fields.present(physicalCard, "physicalCard");
  }

  /** The usage of {@code tier}. */
  public TierUsage usage(Tier tier) {
    return switch (tier) {
      case SHARP -> sharp;
      case PEAK -> peak;
      case FLAT -> flat;
      case VALLEY -> valley;
    };
  }

  /** This record itself: a 0x3B carries nothing but the bill. */
  @Override
  public TransactionRecord bill() {
    return this;
  }

  @Override
  public FrameType type() {
    return FrameType.TRANSACTION_RECORD;
  }

  static TransactionRecord read(BodyReader in) {
    return read(in, between -> {});
  }

  /**
   * Reads the 0x3B fields, calling {@code afterTimes} between the end time and the sharp usage:
   * where V1.7's 0x3D puts its meter part ({@link TransactionRecordV17}).
   */
  static TransactionRecord read(BodyReader in, Consumer<BodyReader> afterTimes) {
    TransactionSerial serial = in.serial();
    PileCode pileCode = in.pileCode();
    int gun = in.gun();
    Cp56Time2a startTime = in.time();
    Cp56Time2a endTime = in.time();
    afterTimes.accept(in);
    return new TransactionRecord(
        serial,
        pileCode,
        gun,
        startTime,
        endTime,
        TierUsage.read(in),
        TierUsage.read(in),
        TierUsage.read(in),
        TierUsage.read(in),
        BigDecimal.valueOf(in.u40(), 4),
        BigDecimal.valueOf(in.u40(), 4),
        in.fourDecimals(),
        in.fourDecimals(),
        in.fourDecimals(),
        in.ascii(17),
        in.openCode(TransactionType.class),
        in.time(),
        new StopReason(in.u8()),
        in.physicalCard());
  }

  @Override
  public void writeBody(BodyWriter out) {
    writeBody(out, between -> {});
  }

  /** Writes the 0x3B fields, calling {@code afterTimes} where {@link #read} calls its reader. */
  void writeBody(BodyWriter out, Consumer<BodyWriter> afterTimes) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.time(startTime);
    out.time(endTime);
    afterTimes.accept(out);
    sharp.write(out);
    peak.write(out);
    flat.write(out);
    valley.write(out);
    out.scaled(meterStart, 5);
    out.scaled(meterEnd, 5);
    out.scaled(totalEnergy, 4);
    out.scaled(totalLossCorrectedEnergy, 4);
    out.scaled(totalAmount, 4);
    out.ascii(vin, 17);
    out.code(transactionType);
    out.time(transactionTime);
    out.u8(stopReason.code());
    out.physicalCard(physicalCard);
  }
}
