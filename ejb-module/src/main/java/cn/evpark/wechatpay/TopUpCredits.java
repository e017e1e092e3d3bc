package cn.evpark.wechatpay;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Credits a wallet with a WeChat payment of a top-up (money.md §6), whoever learnt of it first:
 * WeChat's notice ({@link WeChatPayNotices}) or our query of an order whose notice did not come
 * ({@link UnpaidOrderChecks}). One path for both: the order is locked, the payment checked against
 * it (mchid, appid, amount, {@code trade_state} SUCCESS), the order marked PAID and the wallet
 * credited once, keyed on WeChat's {@code transaction_id}, all in the caller's transaction.
 */
@Stateless
public class TopUpCredits {

  private static final Logger LOG = Logger.getLogger(TopUpCredits.class.getName());

  @EJB PaymentOrders orders;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;
  @EJB Wallets wallets;
  @Inject Clock clock;

  /**
   * Applies WeChat's word that an order of {@code operatorId} was paid.
   *
   * @param paid the payment, from a verified notice or a signed query answer
   * @return true when the wallet was credited now; false for a repeat of a payment credited before
   *     (nothing moved)
   * @throws NoticeRejectedException when the payment is of no order of the operator, of another
   *     merchant, of another amount, not a success, or of an order paid by another transaction
   *     (nothing moves; the transaction rolls back)
   */
  public boolean credit(long operatorId, PaidNotice paid) {
    PaymentOrder order =
        orders
            .lockedByOutTradeNo(paid.outTradeNo())
            .filter(o -> o.getOperatorId() == operatorId)
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
      return false;
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
      return false;
    }
    wallets.payArrearsFromWallet(
        order.getOperatorId(), order.getDriverId(), posted.transaction().getIdempotencyKey());
    return true;
  }
}
