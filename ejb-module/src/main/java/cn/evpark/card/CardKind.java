package cn.evpark.card;

import cn.evpark.wallet.AccountKind;

/** The two stored-value cards of manual 七 (money.md §1). */
public enum CardKind {
  /** 电子卡 (manual 7.2): no chip; a driver picks it in the app to pay a start. */
  E_CARD(AccountKind.E_CARD),
  /**
   * 实体卡 (manual 7.3): a chip card whose physical number a pile reads and sends in 0x31
   * (ykc-protocol.md §7.1).
   */
  IC_CARD(AccountKind.IC_CARD);

  private final AccountKind accountKind;

  CardKind(AccountKind accountKind) {
    this.accountKind = accountKind;
  }

  /** The ledger account kind holding a card of this kind's money. */
  public AccountKind accountKind() {
    return accountKind;
  }
}
