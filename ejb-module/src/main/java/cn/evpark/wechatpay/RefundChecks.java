package cn.evpark.wechatpay;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings one refund to WeChat and WeChat's word back (money.md §6), with no database transaction
 * open while WeChat is called: a {@code REQUESTED} refund is sent (again: WeChat makes one refund
 * per {@code out_refund_no}), a {@code PROCESSING} or {@code ABNORMAL} one whose outcome has not
 * come is asked about. What WeChat says is applied like its notice ({@link Refunds#answered}).
 *
 * <p>A create WeChat refuses fails the refund (its money back to the wallet, {@link
 * Refunds#refused}) only when WeChat's signed answer to the query then says it has no such refund:
 * a refused re-send of a create whose answer was lost is no proof that the refund was never made.
 * Otherwise what the query says is applied. WeChat saying it has no refund it had accepted, or an
 * operator without WeChat Pay any more, leaves the refund to staff.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundChecks {

  private static final Logger LOG = Logger.getLogger(RefundChecks.class.getName());

  @EJB Refunds refunds;
  @EJB WeChatMerchants merchants;
  @Inject RefundClient client;

  /**
   * Sends or asks about the refund, as its state needs; a final refund, or one left to staff, is
   * left alone.
   *
   * @return whether WeChat was called (and answered)
   * @throws WeChatPayUnavailableException when WeChat's answer is unknown (the refund stays as it
   *     is, for the next check)
   */
  public boolean check(String outRefundNo) {
    Optional<Refund> found = refunds.byOutRefundNo(outRefundNo);
    if (found.isEmpty()
        || found.get().getState().isFinal()
        || found.get().getCheck().needsStaff()) {
      return false;
    }
    Refund refund = found.get();
    Optional<WeChatMerchant> merchant = merchants.of(refund.getOperatorId());
    if (merchant.isEmpty()) {
      refunds.leaveToStaff(outRefundNo, "the operator takes no WeChat Pay any more");
      return false;
    }
    MerchantKeys keys = merchant.get().keys();
    if (refund.getState() == RefundState.REQUESTED) {
      send(refund, merchant.get());
    } else {
      Optional<RefundNotice> known = client.query(keys, outRefundNo);
      if (known.isEmpty()) {
        refunds.leaveToStaff(
            outRefundNo, "WeChat says it has no such refund, after it was " + refund.getState());
      } else {
        apply(refund, known.get());
      }
    }
    return true;
  }

  private void send(Refund refund, WeChatMerchant merchant) {
    RefundClient.Answer answer = client.create(merchant.keys(), refund, merchant.getNotifyUrl());
    if (answer instanceof RefundClient.Accepted accepted) {
      apply(refund, accepted.said());
      return;
    }
    String reason = ((RefundClient.Refused) answer).reason();
    Optional<RefundNotice> known = client.query(merchant.keys(), refund.getOutRefundNo());
    if (known.isPresent()) {
      apply(refund, known.get());
    } else if (refunds.refused(refund.getOutRefundNo(), reason)) {
      LOG.info(() -> refund.getOutRefundNo() + " never made, money back: " + reason);
    }
  }

  private void apply(Refund refund, RefundNotice said) {
    try {
      refunds.answered(refund.getOperatorId(), said);
    } catch (NoticeRejectedException e) {
      refunds.leaveToStaff(refund.getOutRefundNo(), e.getMessage());
    }
  }
}
