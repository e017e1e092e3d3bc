package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0xA2 parallel-charge start authorisation (platform → pile, V1.6), body 44 ({@code ykc-protocol.md
 * §7.12}): a {@link CardStartReply} plus the echoed session number. The pile starts only if every
 * gun was authorised.
 *
 * @param transactionSerial the session's transaction serial number
 * @param pileCode the pile
 * @param gun the gun
 * @param logicalCard logical card number, zeros if none
 * @param balance account balance, yuan at 2 decimals
 * @param authorised true if this gun may start
 * @param failureReason why not
 * @param parallelSession parallel-session number, the same on every gun of the session
 */
public record ParallelStartReply(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    LogicalCardNumber logicalCard,
    BigDecimal balance,
    boolean authorised,
    AuthFailureReason failureReason,
    ParallelSessionNumber parallelSession)
    implements PlatformMessage, GunScoped {

  public ParallelStartReply {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(logicalCard, "logicalCard");
    balance = Fields.balance(balance, "balance");
    Fields.present(failureReason, "failureReason");
    Fields.present(parallelSession, "parallelSession");
  }

  @Override
  public FrameType type() {
    return FrameType.PARALLEL_START_REPLY;
  }

  static ParallelStartReply read(BodyReader in) {
    return new ParallelStartReply(
        in.serial(),
        in.pileCode(),
        in.gun(),
        in.logicalCard(),
        in.balance(),
        in.flag(),
        in.code(AuthFailureReason.class),
        in.parallelSession());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.logicalCard(logicalCard);
    out.scaled(balance, 4);
    out.flag(authorised);
    out.code(failureReason);
    out.parallelSession(parallelSession);
  }
}
