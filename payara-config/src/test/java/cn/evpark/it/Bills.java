package cn.evpark.it;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;

/** Transaction records (0x3B) as piles send them, for the tests that bill sessions. */
public final class Bills {

  private Bills() {}

  /**
   * A session of gun 1 charged entirely at 平, the pile's amount given.
   *
   * @param start the session's start, the pile's local (Asia/Shanghai) time
   * @param kwh energy, 4 decimals
   * @param yuan the pile's amount, 4 decimals
   */
  public static TransactionRecord flat(
      PileCode pile,
      TransactionSerial serial,
      LocalDateTime start,
      Duration length,
      String kwh,
      String yuan,
      TransactionType type,
      StopReason reason) {
    return flat(pile, serial, start, length, kwh, yuan, Code.of(type), reason);
  }

  /** Like the other, with the transaction type byte as the pile sends it, known or not. */
  public static TransactionRecord flat(
      PileCode pile,
      TransactionSerial serial,
      LocalDateTime start,
      Duration length,
      String kwh,
      String yuan,
      Code<TransactionType> type,
      StopReason reason) {
    BigDecimal energy = new BigDecimal(kwh).setScale(4, RoundingMode.UNNECESSARY);
    BigDecimal amount = new BigDecimal(yuan).setScale(4, RoundingMode.UNNECESSARY);
    TierUsage flat =
        new TierUsage(amount.divide(energy, 5, RoundingMode.HALF_UP), energy, energy, amount);
    LocalDateTime end = start.plus(length);
    BigDecimal meterStart = new BigDecimal("1000.0000");
    return new TransactionRecord(
        serial,
        pile,
        1,
        Cp56Time2a.of(start),
        Cp56Time2a.of(end),
        TierUsage.NONE,
        TierUsage.NONE,
        flat,
        TierUsage.NONE,
        meterStart,
        meterStart.add(energy),
        energy,
        energy,
        amount,
        "",
        type,
        Cp56Time2a.of(end.plusMinutes(1)),
        reason,
        PhysicalCardNumber.NONE);
  }
}
