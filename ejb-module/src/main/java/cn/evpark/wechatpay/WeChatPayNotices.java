package cn.evpark.wechatpay;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.wallet.Wallets;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Takes WeChat Pay's payment notices (money.md §6): verify, decrypt, check, then credit the wallet
 * once, keyed on WeChat's {@code transaction_id}, and mark the payment order PAID in the same
 * transaction. The caller acknowledges only after this method returned, i.e. after the commit.
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

  private static final Logger LOG = Logger.getLogger(WeChatPayNotices.class.getName());

  @EJB WeChatMerchants merchants;
  @EJB PaymentOrders orders;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;
  @EJB Wallets wallets;
  @Inject Clock clock;

  /** What a notice that was accepted did. */
  public enum Outcome {
    /** The wallet was credited now. */
    CREDITED,
    /** A repeat of a payment credited before: nothing moved. */
    ALREADY_CREDITED
  }

  /**
   * Applies a notice.
   *
   * @throws NoticeRejectedException when the notice fails verification or does not fit its order
   *     (nothing moves; the transaction rolls back)
   */
  public Outcome receive(WeChatNotice notice) {
    NoticeVerifier verifier = new NoticeVerifier(clock);
    verifier.checkHeaders(notice);
    WeChatMerchant merchant =
        merchants
            .byPublicKeySerial(notice.serial())
            .orElseThrow(
                () ->
                    new NoticeRejectedException(
                        NoticeRejectedException.Reason.UNKNOWN_SERIAL,
                        "no WeChat Pay public key " + notice.serial()));
    MerchantKeys keys = merchant.keys();
    PaidNotice paid = verifier.open(notice, keys);
    PaymentOrder order =
        orders
            .lockedByOutTradeNo(paid.outTradeNo())
            .filter(o -> o.getOperatorId() == keys.operatorId())
            .orElseThrow(
                () ->
                    new NoticeRejectedException(
                        NoticeRejectedException.Reason.UNKNOWN_ORDER,
                        "no payment order " + paid.outTradeNo()));
    if (!order.getMchid().equals(paid.mchid()) || !order.getAppid().equals(paid.appid())) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.NOT_OURS,
          paid.outTradeNo() + " was created with another merchant");
    }
    if (!order.pay(paid, BusinessCalendar.toStored(clock.instant()))) {
      return Outcome.ALREADY_CREDITED;
    }
    LedgerAccount wallet = accounts.wallet(order.getOperatorId(), order.getDriverId());
    LedgerAccount clearing =
        accounts.operatorAccount(order.getOperatorId(), AccountKind.WECHAT_CLEARING);
    Ledger.Posted posted =
        ledger.post(
            new Posting(
                "wechat-top-up:" + paid.transactionId(),
                TransactionKind.WECHAT_TOP_UP,
                order.getOperatorId(),
                null,
                "wechat-pay",
                List.of(
                    new Posting.Leg(wallet.getId(), order.getAmount()),
                    new Posting.Leg(clearing.getId(), order.getAmount().negated()))));
    if (!posted.posted()) {
      // the ledger key is the last guard: the order said unpaid, yet the transaction was posted
      LOG.warning(
          "WeChat transaction " + paid.transactionId() + " was credited before its order was paid");
      return Outcome.ALREADY_CREDITED;
    }
    wallets.payArrearsFromWallet(
        order.getOperatorId(), order.getDriverId(), posted.transaction().getIdempotencyKey());
    return Outcome.CREDITED;
  }
}
