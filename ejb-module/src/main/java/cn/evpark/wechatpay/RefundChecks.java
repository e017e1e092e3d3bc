package cn.evpark.wechatpay;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings one refund to WeChat and WeChat's word back (money.md §6), with no database transaction
 * open while WeChat is called: a {@code REQUESTED} refund is sent (again: WeChat makes one refund
 * per {@code out_refund_no}), a {@code PROCESSING} one whose notice has not come is asked about.
 * What WeChat says is applied like its notice ({@link Refunds#answered}); a refusal fails the
 * refund and gives its money back ({@link Refunds#refused}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundChecks {

  private static final Logger LOG = Logger.getLogger(RefundChecks.class.getName());

  @EJB Refunds refunds;
  @EJB WeChatMerchants merchants;
  @Inject RefundClient client;

  /**
   * Sends or asks about the refund, as its state needs; a final refund is left alone.
   *
   * @throws WeChatPayUnavailableException when WeChat's answer is unknown (the refund stays as it
   *     is, for the next check)
   */
  public void check(String outRefundNo) {
    Refund refund = refunds.byOutRefundNo(outRefundNo).orElseThrow();
    WeChatMerchant merchant = merchants.of(refund.getOperatorId()).orElseThrow();
    switch (refund.getState()) {
      case REQUESTED -> send(refund, merchant);
      case PROCESSING -> apply(refund, client.query(merchant.keys(), refund.getOutRefundNo()));
      default -> {
        // final: nothing to ask
      }
    }
  }

  private void send(Refund refund, WeChatMerchant merchant) {
    RefundClient.Answer answer = client.create(merchant.keys(), refund, merchant.getNotifyUrl());
    if (answer instanceof RefundClient.Accepted accepted) {
      apply(refund, accepted.said());
    } else if (answer instanceof RefundClient.Refused refused
        && refunds.refused(refund.getOutRefundNo(), refused.reason())) {
      LOG.info(() -> refund.getOutRefundNo() + " refused, money back: " + refused.reason());
    }
  }

  private void apply(Refund refund, RefundNotice said) {
    try {
      refunds.answered(refund.getOperatorId(), said);
    } catch (NoticeRejectedException e) {
      // WeChat's own signed answer contradicts the refund: for staff, never guessed
      LOG.severe(() -> "WeChat's answer on " + refund.getOutRefundNo() + ": " + e.getMessage());
    }
  }
}
