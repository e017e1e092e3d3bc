package cn.evpark.wechatpay;

/** Where a {@link Refund} stands (WeChat's {@code refund_status}, and ours before WeChat's). */
public enum RefundState {
  /** The wallet was debited; WeChat has not yet accepted the refund (or its answer was lost). */
  REQUESTED,
  /** WeChat accepted the refund and is paying it out. */
  PROCESSING,
  /** WeChat paid it out to the driver. Final. */
  SUCCESS,
  /** WeChat refused the refund when asked: the money went back to the wallet. Final. */
  FAILED,
  /**
   * WeChat could not pay it out (退款异常, e.g. the driver's card is closed): the money went back to
   * the wallet. Final here; staff must not also pay it out by hand at the merchant platform.
   */
  ABNORMAL,
  /** WeChat closed the refund: the money went back to the wallet. Final. */
  CLOSED;

  /** Whether the refund ended without paying out, its money back in the wallet. */
  public boolean returnedMoney() {
    return this == FAILED || this == ABNORMAL || this == CLOSED;
  }

  /** Whether the refund is over. */
  public boolean isFinal() {
    return this != REQUESTED && this != PROCESSING;
  }
}
