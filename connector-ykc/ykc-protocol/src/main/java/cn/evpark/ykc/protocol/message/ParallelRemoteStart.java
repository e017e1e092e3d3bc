package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0xA4 parallel-charge remote start (platform → pile, V1.6), body 50 ({@code ykc-protocol.md
 * §7.12}): a {@link RemoteStart} plus the session number the platform generated; answered by {@link
 * ParallelRemoteStartResult}.
 *
 * @param transactionSerial the session's transaction serial number
 * @param pileCode the pile
 * @param gun the gun
 * @param logicalCard logical card number, zeros if none
 * @param physicalCard physical card that may stop the session, zeros if none
 * @param balance account balance, yuan at 2 decimals
 * @param parallelSession parallel-session number, the same on every gun of the session
 */
public record ParallelRemoteStart(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    LogicalCardNumber logicalCard,
    PhysicalCardNumber physicalCard,
    BigDecimal balance,
    ParallelSessionNumber parallelSession)
    implements PlatformMessage, GunScoped {

  public ParallelRemoteStart {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(logicalCard, "logicalCard");
    Fields.present(physicalCard, "physicalCard");
    balance = Fields.balance(balance, "balance");
    Fields.present(parallelSession, "parallelSession");
  }

  @Override
  public FrameType type() {
    return FrameType.PARALLEL_REMOTE_START;
  }

  static ParallelRemoteStart read(BodyReader in) {
    return new ParallelRemoteStart(
        in.serial(),
        in.pileCode(),
        in.gun(),
        in.logicalCard(),
        in.physicalCard(),
        in.balance(),
        in.parallelSession());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.logicalCard(logicalCard);
    out.physicalCard(physicalCard);
    out.scaled(balance, 4);
    out.parallelSession(parallelSession);
  }
}
