package cn.evpark.wallet;

/**
 * The accounts of the ledger (money.md §2). A driver's wallet and arrears belong to one driver and
 * one operator, a card's account to one card (its holder is the card); the others are the
 * operator's own. Balances are signed: a positive entry credits the account, a negative one debits
 * it.
 */
public enum AccountKind {
  /** 钱包: a driver's money at one operator; never below zero. */
  WALLET(true, Bound.NOT_NEGATIVE),
  /** 欠费: what a driver owes an operator, as a negative balance; never above zero. */
  ARREARS(true, Bound.NOT_POSITIVE),
  /**
   * 占位押金: the occupancy deposits a driver's app starts hold at one operator (parking.md §3): not
   * spendable, not yet revenue; never below zero.
   */
  OCCUPANCY_DEPOSIT(true, Bound.NOT_NEGATIVE),
  /** 电子卡: the stored value of one e-card (manual 7.2), held by the card; never below zero. */
  E_CARD(true, Bound.NOT_NEGATIVE),
  /** 实体卡: the stored value of one IC card (manual 7.3), held by the card; never below zero. */
  IC_CARD(true, Bound.NOT_NEGATIVE),
  /** Money paid in through WeChat Pay, the counterpart of wallet top-ups. */
  WECHAT_CLEARING(false, Bound.NONE),
  /**
   * Wallet money on its way back to drivers through WeChat Pay refunds: credited when a refund is
   * requested, emptied when WeChat paid it out (into {@link #WECHAT_CLEARING}) or back into the
   * wallet when the refund failed.
   */
  WECHAT_REFUND_CLEARING(false, Bound.NONE),
  /** Cash collected by staff (offline top-ups and refunds). */
  CASH_CLEARING(false, Bound.NONE),
  /** 电费收入. */
  ELECTRICITY_REVENUE(false, Bound.NONE),
  /** 服务费收入. */
  SERVICE_REVENUE(false, Bound.NONE),
  /** 预约费收入. */
  RESERVATION_REVENUE(false, Bound.NONE),
  /** 占位费收入. */
  OCCUPANCY_REVENUE(false, Bound.NONE),
  /** Benefits granted (VIP, charging activities). */
  DISCOUNT(false, Bound.NONE);

  /** The sign a balance must keep. */
  enum Bound {
    NONE,
    NOT_NEGATIVE,
    NOT_POSITIVE
  }

  private final boolean driverAccount;
  private final Bound bound;

  AccountKind(boolean driverAccount, Bound bound) {
    this.driverAccount = driverAccount;
    this.bound = bound;
  }

  /**
   * Whether an account of this kind belongs to a driver or a driver's card (else to the operator).
   */
  public boolean isDriverAccount() {
    return driverAccount;
  }

  /** Whether an account of this kind is a card's stored value (its holder is the card's id). */
  public boolean isCard() {
    return this == E_CARD || this == IC_CARD;
  }

  Bound bound() {
    return bound;
  }
}
