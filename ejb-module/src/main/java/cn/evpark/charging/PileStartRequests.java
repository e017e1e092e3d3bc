package cn.evpark.charging;

import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.StartMethod;
import java.math.BigDecimal;

/**
 * The platform's answer to a start a pile asks for: 0x31 (card, account or VIN at the pile,
 * answered by 0x32) and 0xA1 (parallel charging, answered by 0xA2 per gun), {@code ykc-protocol.md
 * §7.1, §7.2, §7.12}.
 *
 * <p>A card swipe is authorised or refused by {@link CardStarts}, a VIN start by {@link VinStarts};
 * the platform offers neither account starts at the pile nor parallel charging. A pile waits for
 * the answer to its request and shows its reason to the driver, so each request is refused with the
 * §10.4 reason that says why, never left unanswered:
 *
 * <ul>
 *   <li>0x31 by card: 0x0B "pile does not support card payment"; by account and password: 0x01
 *       "account does not exist"; by VIN: 0x09 "VIN not known to the system"; a start method
 *       outside the table: 0x0B.
 *   <li>0xA1, whatever its start method: 0x06 "this account may not charge at this pile". §10.4 has
 *       no code for "parallel charging not offered"; 0x06 is the one that names the pile's offer
 *       rather than the account's state (0x01–0x04, 0x07), the station's power (0x08) or a record
 *       (0x0A). The pile starts a parallel session only if every gun was authorised, so one refusal
 *       stops it.
 * </ul>
 *
 * <p>A refusal carries no session: serial and logical card are zeros, balance 0.00. Pure functions;
 * a feature that offers one of these starts replaces its branch here.
 */
public final class PileStartRequests {

  private PileStartRequests() {}

  /**
   * The 0x32 refusing {@code request}, with the reason of its start method (a card's 0x0B stands
   * for a pile's card start the platform does not take, {@link CardStarts} answering the others).
   */
  public static CardStartReply answer(CardStartRequest request) {
    return new CardStartReply(
        TransactionSerial.NONE,
        request.pileCode(),
        request.gun(),
        LogicalCardNumber.NONE,
        BigDecimal.ZERO.setScale(2),
        false,
        reasonFor(request.startMethod()));
  }

  /** The 0xA2 refusing {@code request}: parallel charging is not offered. */
  public static ParallelStartReply answer(ParallelStartRequest request) {
    return new ParallelStartReply(
        TransactionSerial.NONE,
        request.pileCode(),
        request.gun(),
        LogicalCardNumber.NONE,
        BigDecimal.ZERO.setScale(2),
        false,
        AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE,
        request.parallelSession());
  }

  private static AuthFailureReason reasonFor(Code<StartMethod> method) {
    return method
        .known()
        .map(
            known ->
                switch (known) {
                  case CARD -> AuthFailureReason.CARD_PAYMENT_UNSUPPORTED;
                  case ACCOUNT_PASSWORD -> AuthFailureReason.ACCOUNT_NOT_FOUND;
                  case VIN -> AuthFailureReason.VIN_UNKNOWN;
                })
        .orElse(AuthFailureReason.CARD_PAYMENT_UNSUPPORTED);
  }
}
