package cn.evpark.charging;

import cn.evpark.ykc.protocol.message.TransactionType;

/** 充电类型: how a session was started and who pays (domain.md §5, money.md §1). */
public enum ChargingType {
  /** App or QR start, paid by the wallet. */
  APP,
  /** An IC card swipe authorised by the platform (0x31/0x32). */
  IC_CARD,
  /** A card the pile accepted offline from its local card list. */
  OFFLINE_CARD,
  /** A VIN start (plug and charge). */
  VIN;

  /** The type a transaction record reports (ykc-protocol.md §7.7, byte 130). */
  static ChargingType of(TransactionType type) {
    return switch (type) {
      case APP -> APP;
      case CARD -> IC_CARD;
      case OFFLINE_CARD -> OFFLINE_CARD;
      case VIN -> VIN;
    };
  }
}
