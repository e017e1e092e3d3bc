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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles one payment order whose notice has not come by asking WeChat (money.md §6), with no
 * database transaction open while WeChat is called:
 *
 * <ul>
 *   <li>{@code SUCCESS}: the wallet is credited exactly as by the notice ({@link
 *       TopUpCredits#credit}, once per {@code transaction_id}, after the same checks); a payment
 *       that does not pass them is left to staff;
 *   <li>{@code NOTPAY} or {@code USERPAYING} after the order's {@code time_expire}: closed at
 *       WeChat, then here; WeChat refuses to close an order paid meanwhile, and the next check
 *       credits it. Before {@code time_expire}: asked again at the later of the next interval and
 *       {@code time_expire};
 *   <li>{@code CLOSED}, {@code PAYERROR}, {@code REVOKED}: closed here;
 *   <li>no such order at WeChat (its create-order never arrived; WeChat's signed 404) after {@code
 *       time_expire}: closed here; before it, as NOTPAY;
 *   <li>{@code REFUND} (paid and refunded at WeChat, never credited here): left to staff;
 *   <li>anything else ({@code ACCEPT}): asked again next interval.
 * </ul>
 *
 * An order whose operator no longer takes WeChat Pay cannot be asked about: it is left to staff. A
 * close here never loses money: a verified payment of a closed order still credits it ({@link
 * PaymentOrder#pay}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnpaidOrderChecks {

  @EJB PaymentOrders orders;
  @EJB WeChatMerchants merchants;
  @EJB TopUpCredits credits;
  @Inject WeChatPayClient client;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.check-interval-seconds", defaultValue = "60")
  long intervalSeconds;

  /**
   * Checks the order at WeChat and applies what WeChat says.
   *
   * @return whether WeChat was called (and answered)
   * @throws WeChatPayUnavailableException when WeChat does not answer (or not as it should): the
   *     order is left for the next check
   */
  public boolean check(String outTradeNo) {
    Optional<PaymentOrder> found = orders.byOutTradeNo(outTradeNo);
    if (found.isEmpty()
        || found.get().getState() != PaymentOrderState.CREATED
        || found.get().getCheck().needsStaff()) {
      return false;
    }
    PaymentOrder order = found.get();
    Optional<WeChatMerchant> merchant = merchants.of(order.getOperatorId());
    if (merchant.isEmpty()) {
      orders.leaveToStaff(
          outTradeNo, "the operator takes no WeChat Pay any more: WeChat cannot be asked");
      return false;
    }
    MerchantKeys keys = merchant.get().keys();
    Optional<Transaction> transaction = client.query(keys, outTradeNo);
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
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
      case WAIT_FOR_EXPIRY -> {
        LocalDateTime next = now.plusSeconds(intervalSeconds);
        orders.checkAgainAt(
            outTradeNo, next.isAfter(order.getTimeExpire()) ? next : order.getTimeExpire());
      }
      case LEAVE_TO_STAFF ->
          orders.leaveToStaff(
              outTradeNo, "WeChat Pay says " + state.orElseThrow() + ": never credited here");
      case ASK_AGAIN -> {
        // the claim's release schedules the next interval
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
    /** Still payable: ask again at time_expire (or the next interval, if later). */
    WAIT_FOR_EXPIRY,
    /** Paid and refunded at WeChat, never credited here: for staff, never guessed. */
    LEAVE_TO_STAFF,
    /** A state that needs no action: ask again next interval. */
    ASK_AGAIN
  }

  /**
   * The rule of the class comment.
   *
   * @param state WeChat's trade_state; empty when WeChat has no such order
   * @param expired whether the order's time_expire has passed
   */
  static Action actionFor(Optional<Transaction.TradeStateEnum> state, boolean expired) {
    if (state.isEmpty()) {
      return expired ? Action.MARK_CLOSED : Action.WAIT_FOR_EXPIRY;
    }
    return switch (state.get()) {
      case SUCCESS -> Action.CREDIT;
      case NOTPAY, USERPAYING -> expired ? Action.CLOSE_AT_WECHAT : Action.WAIT_FOR_EXPIRY;
      case CLOSED, PAYERROR, REVOKED -> Action.MARK_CLOSED;
      case REFUND -> Action.LEAVE_TO_STAFF;
      default -> Action.ASK_AGAIN;
    };
  }

  private void credit(PaymentOrder order, Transaction transaction) {
    if (transaction.getTransactionId() == null
        || transaction.getAmount() == null
        || transaction.getAmount().getTotal() == null) {
      orders.leaveToStaff(order.getOutTradeNo(), "WeChat Pay says SUCCESS without the payment");
      return;
    }
    try {
      credits.credit(order.getOperatorId(), PaidNotice.of(transaction));
    } catch (NoticeRejectedException e) {
      // WeChat's own signed answer does not fit the order: for staff, never guessed
      orders.leaveToStaff(order.getOutTradeNo(), "WeChat Pay says SUCCESS: " + e.getMessage());
    }
  }
}
