package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0x32 start authorisation reply (platform → pile), body 38 ({@code ykc-protocol.md §7.2}): answers
 * {@link CardStartRequest}; its serial, generated now by the platform, names the whole session.
 *
 * @param transactionSerial the session's transaction serial number
 * @param pileCode the pile
 * @param gun the gun
 * @param logicalCard logical card number, zeros if none
 * @param balance account balance, yuan at 2 decimals
 * @param authorised true if the pile may start
 * @param failureReason why not; {@link AuthFailureReason#NONE} when authorised
 */
public record CardStartReply(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    LogicalCardNumber logicalCard,
    BigDecimal balance,
    boolean authorised,
    AuthFailureReason failureReason)
    implements PlatformMessage, GunScoped {

  public CardStartReply {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(logicalCard, "logicalCard");
    balance = Fields.balance(balance, "balance");
    Fields.present(failureReason, "failureReason");
  }

  @Override
  public FrameType type() {
    return FrameType.CARD_START_REPLY;
  }

  static CardStartReply read(BodyReader in) {
    return new CardStartReply(
        in.serial(),
        in.pileCode(),
        in.gun(),
        in.logicalCard(),
        in.balance(),
        in.flag(),
        in.code(AuthFailureReason.class));
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
  }
}
