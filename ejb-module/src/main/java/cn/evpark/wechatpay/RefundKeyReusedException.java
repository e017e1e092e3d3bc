package cn.evpark.wechatpay;

import cn.evpark.shared.DomainException;

/**
 * An Idempotency-Key that already named a refund request of another operator or amount: the first
 * stands and this one is refused, so a client's mistake neither refunds twice nor silently answers
 * with another request's refunds (like staff top-ups' reused request id).
 */
public class RefundKeyReusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RefundKeyReusedException(String idempotencyKey) {
    super(
        "wechatpay.refund.keyReused",
        "Idempotency-Key " + idempotencyKey + " was used for another refund; use a new one");
  }
}
