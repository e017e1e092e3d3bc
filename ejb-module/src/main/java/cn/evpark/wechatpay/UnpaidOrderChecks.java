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
   * @return whether WeChat was called (and answered)
   * @throws WeChatPayUnavailableException when WeChat does not answer (or not as it should): the
   *     order is left for the next check
   */
  public boolean check(String outTradeNo) {
    Optional<PaymentOrder> found = orders.byOutTradeNo(outTradeNo);
    if (found.isEmpty() || found.get().getState() != PaymentOrderState.CREATED) {
      return false;
    }
    PaymentOrder order = found.get();
    Optional<WeChatMerchant> merchant = merchants.of(order.getOperatorId());
    if (merchant.isEmpty()) {
      return false;
    }
    MerchantKeys keys = merchant.get().keys();
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    Optional<Transaction> transaction = client.query(keys, outTradeNo);
    Optional<Transaction.TradeStateEnum> state = transaction.map(Transaction::getTradeState);
    switch (actionFor(state, order.isExpired(now))) {
      case CREDIT -> credit(order, transaction.orElseThrow());
      case CLOSE_AT_WECHAT -> {
        if (client.close(keys, outTradeNo)) {
          orders.closeUnpaid(outTradeNo, "unpaid at time_expire: closed at WeChat Pay");
        }
      }
      case MARK_CLOSED ->
          orders.closeUnpaid(
              outTradeNo,
              state.map(s -> "WeChat Pay: " + s).orElse("WeChat Pay has no such order"));
      case LEAVE -> {
        if (state.filter(s -> s == Transaction.TradeStateEnum.REFUND).isPresent()) {
          // paid and refunded at WeChat, never credited here: for staff, never guessed
          LOG.warning(() -> outTradeNo + " is REFUND at WeChat Pay but unpaid here");
        }
      }
    }
    return true;
  }

  /** What to do with an unpaid order after asking WeChat. */
  enum Action {
    /** WeChat was paid: credit the wallet. */
    CREDIT,
    /** Unpaid past time_expire: close at WeChat, then here. */
    CLOSE_AT_WECHAT,
    /** WeChat closed it, its payment failed, or WeChat never had it and it expired: close here. */
    MARK_CLOSED,
    /** Still payable, or a state that needs no action: ask again next round. */
    LEAVE
  }

  /**
   * The rule of the class comment.
   *
   * @param state WeChat's trade_state; empty when WeChat has no such order
   * @param expired whether the order's time_expire has passed
   */
  static Action actionFor(Optional<Transaction.TradeStateEnum> state, boolean expired) {
    if (state.isEmpty()) {
      return expired ? Action.MARK_CLOSED : Action.LEAVE;
    }
    return switch (state.get()) {
      case SUCCESS -> Action.CREDIT;
      case NOTPAY, USERPAYING -> expired ? Action.CLOSE_AT_WECHAT : Action.LEAVE;
      case CLOSED, PAYERROR, REVOKED -> Action.MARK_CLOSED;
      default -> Action.LEAVE;
    };
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
