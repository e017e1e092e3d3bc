package cn.evpark.wechatpay;

import cn.evpark.shared.BusinessCalendar;
import com.wechat.pay.java.service.payments.model.Transaction;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Settles one payment order whose notice has not come by asking WeChat (money.md §6), with no
 * database transaction open while WeChat is called:
 *
 * <ul>
 *   <li>{@code SUCCESS}: the wallet is credited exactly as by the notice ({@link
 *       TopUpCredits#credit}, once per {@code transaction_id}, after the same checks);
 *   <li>{@code NOTPAY} or {@code USERPAYING} after the order's {@code time_expire}: closed at
 *       WeChat, then here; WeChat refuses to close an order paid meanwhile, and the next check
 *       credits it;
 *   <li>{@code CLOSED}, {@code PAYERROR}, {@code REVOKED}: closed here;
 *   <li>no such order at WeChat (its create-order never arrived) after {@code time_expire}: closed
 *       here;
 *   <li>anything else (still open before {@code time_expire}, {@code REFUND}, {@code ACCEPT}): left
 *       for the next check.
 * </ul>
 *
 * A close here never loses money: a verified payment of a closed order still credits it ({@link
 * PaymentOrder#pay}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnpaidOrderChecks {

  private static final Logger LOG = Logger.getLogger(UnpaidOrderChecks.class.getName());

  @EJB PaymentOrders orders;
  @EJB WeChatMerchants merchants;
  @EJB TopUpCredits credits;
  @Inject WeChatPayClient client;
  @Inject Clock clock;

  /**
   * Checks the order at WeChat and applies what WeChat says.
   *
   * @throws WeChatPayUnavailableException when WeChat does not answer (or not as it should): the
   *     order is left for the next check
   */
  public void check(String outTradeNo) {
    Optional<PaymentOrder> found = orders.byOutTradeNo(outTradeNo);
    if (found.isEmpty() || found.get().getState() != PaymentOrderState.CREATED) {
      return;
    }
    PaymentOrder order = found.get();
    Optional<WeChatMerchant> merchant = merchants.of(order.getOperatorId());
    if (merchant.isEmpty()) {
      return;
    }
    MerchantKeys keys = merchant.get().keys();
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    Optional<Transaction> transaction = client.query(keys, outTradeNo);
    if (transaction.isEmpty()) {
      if (order.isExpired(now)) {
        orders.closeUnpaid(outTradeNo, "WeChat Pay has no such order");
      }
      return;
    }
    Transaction.TradeStateEnum state = transaction.get().getTradeState();
    switch (state) {
      case SUCCESS -> credit(order, transaction.get());
      case NOTPAY, USERPAYING -> {
        if (order.isExpired(now) && client.close(keys, outTradeNo)) {
          orders.closeUnpaid(outTradeNo, "unpaid at time_expire: closed at WeChat Pay");
        }
      }
      case CLOSED, PAYERROR, REVOKED -> orders.closeUnpaid(outTradeNo, "WeChat Pay: " + state);
      default -> LOG.info(() -> outTradeNo + " is " + state + " at WeChat Pay: left as it is");
    }
  }

  private void credit(PaymentOrder order, Transaction transaction) {
    if (transaction.getTransactionId() == null
        || transaction.getAmount() == null
        || transaction.getAmount().getTotal() == null) {
      LOG.severe(() -> order.getOutTradeNo() + ": WeChat says SUCCESS without the payment");
      return;
    }
    try {
      credits.credit(order.getOperatorId(), PaidNotice.of(transaction));
    } catch (NoticeRejectedException e) {
      // WeChat's own signed answer does not fit the order: for staff, never guessed
      LOG.severe(() -> "WeChat's answer on " + order.getOutTradeNo() + ": " + e.getMessage());
    }
  }
}
