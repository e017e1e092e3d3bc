package cn.evpark.wechatpay;

import cn.evpark.shared.DomainException;
import java.util.Locale;

/**
 * A WeChat Pay notice that is refused (money.md §6): it fails verification, cannot be decrypted, or
 * is not a payment of one of our orders or a refund of ours as they stand. Nothing moves; WeChat
 * retries.
 */
public class NoticeRejectedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Why a notice is refused. */
  public enum Reason {
    /** The signature does not verify, or it is a probe ({@code WECHATPAY/SIGNTEST/…}). */
    BAD_SIGNATURE,
    /** {@code Wechatpay-Serial} names no configured WeChat Pay public key. */
    UNKNOWN_SERIAL,
    /** {@code Wechatpay-Timestamp} is missing or more than 5 minutes from now. */
    STALE,
    /**
     * Headers missing, a body or resource that is no notice, or a resource that does not decrypt.
     */
    MALFORMED,
    /** The mchid or appid is not the merchant's. */
    NOT_OURS,
    /** No payment order has this out_trade_no (no refund this out_refund_no) at that operator. */
    UNKNOWN_ORDER,
    /** amount.total differs from the order's (amount.refund from the refund's). */
    AMOUNT_MISMATCH,
    /** trade_state is not SUCCESS. */
    NOT_SUCCESS,
    /**
     * The order was paid by another WeChat transaction, or a refund's outcome contradicts the final
     * one it has (paid out after its money went back, or the reverse).
     */
    ORDER_NOT_PAYABLE;

    /** The stable code, e.g. {@code wechatpay.notice.badSignature}. */
    String code() {
      String[] words = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder code = new StringBuilder("wechatpay.notice.").append(words[0]);
      for (int i = 1; i < words.length; i++) {
        code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
      return code.toString();
    }
  }

  private final Reason reason;

  public NoticeRejectedException(Reason reason, String message) {
    super(reason.code(), message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
