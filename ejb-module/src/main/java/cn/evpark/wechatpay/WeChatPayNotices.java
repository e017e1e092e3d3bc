package cn.evpark.wechatpay;

import cn.evpark.operator.CallerScope;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * Takes WeChat Pay's notices at the one notify URL of a merchant (money.md §6), in the caller's
 * transaction; the caller acknowledges only after this method returned, i.e. after the commit:
 *
 * <ul>
 *   <li>{@code TRANSACTION.SUCCESS}: verify, decrypt, check, then credit the wallet once, keyed on
 *       WeChat's {@code transaction_id}, and mark the payment order PAID ({@link TopUpCredits});
 *   <li>{@code REFUND.SUCCESS}, {@code REFUND.ABNORMAL}, {@code REFUND.CLOSED}: the same
 *       verification and decryption, then the refund of that {@code out_refund_no} completes, gives
 *       its money back to the wallet (CLOSED), or waits for staff with its money in refund clearing
 *       (ABNORMAL), once ({@link Refunds#answered}). A verified notice that contradicts its refund
 *       is kept on the refund for staff and taken (204): WeChat sending it again for a day would
 *       change nothing.
 * </ul>
 *
 * <p>Which operator's keys verify a notice: its {@code Wechatpay-Serial} names one configured
 * WeChat Pay public key, and each serial belongs to one operator's merchant.
 *
 * <p>The notify URL has no login (the signature authenticates the notice): what a verified notice
 * does, it does as the platform ({@link CallerScope#PLATFORM}).
 */
@RunAs(CallerScope.PLATFORM)
@Stateless
public class WeChatPayNotices {

  static final String PAYMENT_EVENT = "TRANSACTION.SUCCESS";
  static final Set<String> REFUND_EVENTS =
      Set.of("REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED");

  @EJB WeChatMerchants merchants;
  @EJB TopUpCredits credits;
  @EJB Refunds refunds;
  @Inject Clock clock;

  /** What a notice that was accepted did. */
  public enum Outcome {
    /** Money moved now: a wallet credited, a refund completed or its money given back. */
    APPLIED,
    /** A repeat of a notice applied before: nothing moved. */
    REPEATED,
    /** It contradicts its refund: nothing moved, the refund is left to staff. */
    LEFT_TO_STAFF
  }

  /**
   * Applies a notice.
   *
   * @return what it did; {@link Outcome#LEFT_TO_STAFF} when a verified refund notice contradicts
   *     its refund (kept on the refund; the caller answers 204 all the same)
   * @throws NoticeRejectedException when the notice fails verification, is of no kind taken here,
   *     names no order or refund of the merchant, or does not fit its payment order (nothing moves;
   *     the transaction rolls back)
   */
  public Outcome receive(WeChatNotice notice) {
    NoticeVerifier verifier = new NoticeVerifier(clock);
    verifier.checkHeaders(notice);
    MerchantKeys keys =
        merchants
            .byPublicKeySerial(notice.serial())
            .orElseThrow(
                () ->
                    new NoticeRejectedException(
                        NoticeRejectedException.Reason.UNKNOWN_SERIAL,
                        "no WeChat Pay public key " + notice.serial()))
            .keys();
    String event = NoticeVerifier.eventType(notice);
    if (PAYMENT_EVENT.equals(event)) {
      return credits.credit(keys.operatorId(), verifier.open(notice, keys))
          ? Outcome.APPLIED
          : Outcome.REPEATED;
    }
    if (REFUND_EVENTS.contains(event)) {
      RefundNotice said = verifier.openRefund(notice, keys);
      if (!event.equals("REFUND." + said.status())) {
        throw new NoticeRejectedException(
            NoticeRejectedException.Reason.MALFORMED,
            event + " says refund_status " + said.status());
      }
      return switch (refunds.answered(keys.operatorId(), said)) {
        case UNCHANGED -> Outcome.REPEATED;
        case CONFLICT -> Outcome.LEFT_TO_STAFF;
        case ACCEPTED, ABNORMAL, PAID, RETURNED -> Outcome.APPLIED;
      };
    }
    throw new NoticeRejectedException(
        NoticeRejectedException.Reason.MALFORMED, "event_type " + event + " is not taken");
  }
}
