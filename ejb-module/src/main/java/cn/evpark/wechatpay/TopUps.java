package cn.evpark.wechatpay;

import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A driver's top-up of the wallet at an operator by WeChat Pay JSAPI (money.md §6): a payment order
 * is created, WeChat's create-order called, and the mini program gets the signed parameters to pay
 * with. The wallet is credited only by WeChat's notice ({@link WeChatPayNotices}).
 */
@Stateless
public class TopUps {

  /** The most one top-up may pay in, yuan. */
  public static final Money MAX_AMOUNT = Money.of("5000.00");

  static final String DESCRIPTION = "钱包充值";

  @EJB PaymentOrders orders;
  @Inject WeChatPayClient client;

  /**
   * A payment order ready to pay, and what the mini program passes to {@code wx.requestPayment}.
   */
  public record TopUp(PaymentOrder order, JsapiPayment payment) {}

  /**
   * Starts a top-up. No database transaction is held while WeChat is called: the order is stored
   * first, then prepared or, when WeChat fails, closed.
   *
   * @param amount yuan, more than zero and at most {@link #MAX_AMOUNT} (whole fen by {@link Money})
   * @param openid the payer's openid under the operator's AppID (JSAPI requires it)
   * @throws RuleViolationException when the amount or openid is out of bounds (422)
   * @throws NotFoundException when the operator takes no WeChat Pay
   * @throws WeChatPayUnavailableException when WeChat refuses or does not answer (the order closes)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TopUp start(long driverId, long operatorId, Money amount, String openid) {
    List<RuleViolation> violations = new ArrayList<>();
    if (amount == null || !amount.isPositive() || amount.compareTo(MAX_AMOUNT) > 0) {
      violations.add(
          new RuleViolation(
              "amount",
              "wechatpay.topUp.amount",
              List.of(MAX_AMOUNT.toString()),
              "a top-up is more than 0 and at most " + MAX_AMOUNT + " yuan"));
    }
    if (openid == null || openid.isBlank() || openid.length() > 128) {
      violations.add(
          new RuleViolation(
              "openid", "wechatpay.topUp.openid", List.of(), "the payer's openid is required"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException("wechatpay.topUp.invalid", violations);
    }
    PaymentOrders.Opened opened = orders.open(driverId, operatorId, amount);
    String prepayId;
    try {
      prepayId =
          client.createJsapiOrder(
              opened.merchant(), opened.order(), DESCRIPTION, opened.notifyUrl(), openid.strip());
    } catch (WeChatPayUnavailableException e) {
      orders.close(opened.order().getId(), e.getMessage());
      throw e;
    }
    PaymentOrder order = orders.prepared(opened.order().getId(), prepayId);
    return new TopUp(order, client.jsapiPayment(opened.merchant(), prepayId));
  }

  /** The driver's payment orders, newest first. */
  public List<PaymentOrder> ofDriver(long driverId, int first, int size) {
    return orders.ofDriver(driverId, first, size);
  }
}
