package cn.evpark.wechatpay;

/** Where a {@link PaymentOrder} stands. */
public enum PaymentOrderState {
  /** Created; WeChat has the order (or is being asked for it) and the driver may pay. */
  CREATED,
  /** WeChat's notice of success was verified and the wallet credited. Final. */
  PAID,
  /** Not payable: WeChat refused or did not answer the create-order call. Final. */
  CLOSED
}
