package cn.evpark.wechatpay;

/** Where a {@link Refund} stands (WeChat's {@code refund_status}, and ours before WeChat's). */
public enum RefundState {
  /** The wallet was debited; WeChat has not yet accepted the refund (or its answer was lost). */
  REQUESTED,
  /** WeChat accepted the refund and is paying it out. */
  PROCESSING,
  /**
   * WeChat's 退款异常: the money left the merchant but could not reach the driver (e.g. the card is
   * closed). Not final: it is resolved at WeChat (its apply-abnormal-refund, to the driver's card
   * or the merchant's bank account, or by hand on the merchant platform), and WeChat's later
   * SUCCESS or CLOSED completes it. Meanwhile its money stays in the refund clearing account, and
   * the refund is shown to staff and asked about again.
   */
  ABNORMAL,
  /** WeChat paid it out to the driver. Final. */
  SUCCESS,
  /** WeChat certainly never made the refund: the money went back to the wallet. Final. */
  FAILED,
  /** WeChat closed the refund: the money went back to the wallet. Final. */
  CLOSED;

  /** Whether the refund ended without paying out, its money back in the wallet. */
  public boolean returnedMoney() {
    return this == FAILED || this == CLOSED;
  }

  /** Whether the refund is over. */
  public boolean isFinal() {
    return this == SUCCESS || returnedMoney();
  }

  /**
   * WeChat's {@code refund_status} as a state.
   *
   * @throws NoticeRejectedException (MALFORMED) for a status WeChat does not have
   */
  static RefundState ofWeChat(String status) {
    // WeChat's names are ours for the states it has
    return switch (status) {
      case "SUCCESS" -> SUCCESS;
      case "PROCESSING" -> PROCESSING;
      case "ABNORMAL" -> ABNORMAL;
      case "CLOSED" -> CLOSED;
      default ->
          throw new NoticeRejectedException(
              NoticeRejectedException.Reason.MALFORMED, "refund_status " + status);
    };
  }
}
