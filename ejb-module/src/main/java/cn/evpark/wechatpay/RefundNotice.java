package cn.evpark.wechatpay;

import java.util.Objects;

/**
 * What WeChat Pay says of a refund (money.md §6): the {@code resource} of a verified, decrypted
 * refund notice, or WeChat's answer to our create or query of a refund.
 *
 * @param outRefundNo our refund's number
 * @param refundId WeChat's id of the refund
 * @param transactionId the WeChat payment refunded
 * @param status WeChat's {@code refund_status}: {@code SUCCESS}, {@code PROCESSING}, {@code
 *     ABNORMAL} or {@code CLOSED}
 * @param refundFen {@code amount.refund}, fen
 */
public record RefundNotice(
    String outRefundNo, String refundId, String transactionId, RefundState status, long refundFen) {

  public RefundNotice {
    Objects.requireNonNull(outRefundNo, "outRefundNo");
    Objects.requireNonNull(refundId, "refundId");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(status, "status");
    if (status == RefundState.REQUESTED || status == RefundState.FAILED) {
      throw new IllegalArgumentException("WeChat never says " + status);
    }
  }

  /** WeChat's word as kept for staff. */
  String describe() {
    return "WeChat says "
        + status
        + " (refund_id "
        + refundId
        + ", transaction_id "
        + transactionId
        + ", amount.refund "
        + refundFen
        + " fen)";
  }
}
