package cn.evpark.charging;

/** How a settled order was paid (money.md §4.7, the 充电订单 page's 支付状态). */
public enum PaymentStatus {
  /** 已支付: the paying account covered the total. */
  PAID,
  /** 部分支付: the account was debited to zero and the rest is arrears (欠费). */
  PARTLY_PAID,
  /** 免费: nothing to pay (a free station, a free benefit, or no energy). */
  FREE,
  /**
   * 未支付: the pile billed a session no account of the platform started or authorised (offline
   * charging); the amount stands on the order for staff to collect.
   */
  UNPAID
}
