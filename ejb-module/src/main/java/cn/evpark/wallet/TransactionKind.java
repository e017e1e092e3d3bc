package cn.evpark.wallet;

/** What a ledger transaction records (money.md §2, §4, §6). */
public enum TransactionKind {
  /** A wallet top-up paid through WeChat Pay. */
  WECHAT_TOP_UP,
  /** A wallet refund requested through WeChat Pay: the wallet debited into refund clearing. */
  WECHAT_REFUND,
  /** A WeChat Pay refund paid out to the driver: refund clearing emptied into WeChat clearing. */
  WECHAT_REFUND_PAID,
  /** A WeChat Pay refund that failed or was closed: its money back from refund clearing. */
  WECHAT_REFUND_RETURNED,
  /** A top-up staff took in cash or by other offline means (充值). */
  STAFF_TOP_UP,
  /** Money paid back to the driver offline by staff (退款). */
  STAFF_REFUND,
  /** Money staff took offline onto a card (电子卡/实体卡 充值, manual 7.2–7.3). */
  CARD_TOP_UP,
  /** Money staff paid back offline from a card (电子卡/实体卡 退款, manual 7.2–7.3). */
  CARD_REFUND,
  /** A charging order's settlement: the wallet debit, arrears and revenue (money.md §4). */
  CHARGING_SETTLEMENT,
  /** Arrears paid from the wallet. */
  ARREARS_PAYMENT,
  /** A reservation's fee (预约费), paid from the wallet when the bay is booked (parking.md §2). */
  RESERVATION_FEE,
  /** An occupancy deposit (预付占位押金) held from the paying account at an app start (parking.md §3). */
  OCCUPANCY_DEPOSIT,
  /** An occupancy deposit given back whole: the start failed, or staff found no stay. */
  OCCUPANCY_DEPOSIT_RELEASE,
  /**
   * A stay's settlement (parking.md §3): the fee from the deposit into occupancy revenue, the rest
   * back to the paying account, what the deposit did not cover owed as arrears.
   */
  OCCUPANCY_SETTLEMENT,
  /** An occupancy fee staff collected offline (线下收取金额): cash clearing against what is owed. */
  OCCUPANCY_OFFLINE_COLLECTION
}
