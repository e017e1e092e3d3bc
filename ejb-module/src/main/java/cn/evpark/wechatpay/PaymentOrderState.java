package cn.evpark.wechatpay;

/** Where a {@link PaymentOrder} stands. */
public enum PaymentOrderState {
  /** Created; WeChat has the order (or is being asked for it) and the driver may pay. */
  CREATED,
  /** WeChat's notice of success was verified and the wallet credited. Final. */
  PAID,
  /**
   * Not payable: WeChat refused or did not answer the create-order call, or the order stayed unpaid
   * past its {@code time_expire} and was closed, or WeChat reported it closed or failed. Final, but
   * for WeChat's verified word that it was paid after all ({@link PaymentOrder#pay}).
   */
  CLOSED
}
