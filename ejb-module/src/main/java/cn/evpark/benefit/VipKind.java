package cn.evpark.benefit;

/** What a VIP benefit gives (manual 7.1, money.md §5). */
public enum VipKind {
  /** Charges free (免费): 100 % off electricity and service. */
  FREE,
  /** A discount in per cent on electricity and/or service (折扣). */
  DISCOUNT
}
