package cn.evpark.wechatpay;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;

/**
 * A driver's refund of (part of) the wallet balance at an operator to where it came from, through
 * WeChat Pay (money.md §6, last bullet): the wallet is debited and the refunds stored ({@link
 * RefundRequests#open}), then each is sent to WeChat ({@link RefundChecks}); WeChat's notice
 * completes it, and a refund that fails or is closed gives its money back. Only money paid in by
 * WeChat Pay within the last year can go back this way, split over those payments ({@link
 * RefundSplit}); money paid in cash is refunded by staff.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletRefunds {

  private static final Logger LOG = Logger.getLogger(WalletRefunds.class.getName());

  @EJB RefundRequests requests;
  @EJB Refunds refunds;
  @EJB RefundChecks checks;
  @EJB CallerScope callers;

  /**
   * Requests a refund, or returns the refunds of an earlier request with the same key (not sent
   * again: the checks go on with them).
   *
   * @param amount yuan, whole fen, more than zero and at most the balance
   * @param idempotencyKey the client's Idempotency-Key, 1 to 64 characters
   * @return the request's refunds, one per payment, as they stand after WeChat's first answer
   *     (REQUESTED when WeChat did not answer: it is asked again later)
   * @throws RuleViolationException when refused (see {@link RefundRequests#open})
   * @throws NotFoundException when the driver is unknown or the operator takes no WeChat Pay
   */
  public List<Refund> request(long driverId, long operatorId, Money amount, String idempotencyKey) {
    RefundRequests.Requested requested =
        requests.open(driverId, operatorId, amount, idempotencyKey);
    if (requested.repeat()) {
      return requested.refunds();
    }
    for (Refund refund : requested.refunds()) {
      try {
        checks.check(refund.getOutRefundNo());
      } catch (WeChatPayUnavailableException e) {
        LOG.info(() -> refund.getOutRefundNo() + " sent later: " + e.getMessage());
      }
    }
    return refunds.ofRequest(requested.refunds().get(0).getRequestKey());
  }

  /**
   * The operator's refunds staff must see, newest first: ABNORMAL (resolved at WeChat's merchant
   * platform, or by WeChat's apply-abnormal-refund) and those WeChat's word contradicted.
   *
   * @throws NotFoundException when the operator is outside the caller's scope
   */
  public List<Refund> forStaff(long operatorId, int size) {
    callers.current().check(operatorId, "operator.notFound");
    return refunds.forStaff(operatorId, size);
  }

  /** The driver's refunds, newest first. */
  public List<Refund> ofDriver(long driverId, int first, int size) {
    return refunds.ofDriver(driverId, first, size);
  }

  /**
   * The refunds of the operators the caller may see, newest first, with their states (用户管理: staff
   * see refunds and their state).
   *
   * @param driverId only this driver's; null for every driver
   * @param first index of the first refund, from 0
   * @param size refunds at most
   */
  public List<Refund> ofOperators(Long driverId, int first, int size) {
    return refunds.inScope(callers.current(), driverId, first, size);
  }
}
