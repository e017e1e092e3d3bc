package cn.evpark.charging;

import cn.evpark.ykc.protocol.message.Code;
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
  VIN,
  /**
   * A start the pile's record names with a type the spec's table lacks (a vendor's own, such as
   * 0x03); the order keeps the raw code to show (money.md §4.8).
   */
  OTHER;

  /**
   * The type a transaction record reports (ykc-protocol.md §7.7, body byte 141); {@link #OTHER} for
   * a type the table lacks.
   */
  static ChargingType of(Code<TransactionType> type) {
    return type.known()
        .map(
            known ->
                switch (known) {
                  case APP -> APP;
                  case CARD -> IC_CARD;
                  case OFFLINE_CARD -> OFFLINE_CARD;
                  case VIN -> VIN;
                })
        .orElse(OTHER);
  }
}
