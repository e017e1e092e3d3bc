package cn.evpark.card;

/** 状态 of a card (manual 7.2–7.3). */
public enum CardStatus {
  /** 启用: may pay. */
  ENABLED,
  /** 停用: staff stopped it; may be enabled again. */
  DISABLED,
  /** 挂失: reported lost (IC cards); blocked for good, its money stays until refunded. */
  LOST
}
