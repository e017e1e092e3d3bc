package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.PhysicalCardNumber;

/**
 * One card's outcome in a 0x45 offline-card clear reply ({@code ykc-protocol.md §7.11}).
 *
 * @param card the card
 * @param cleared true if removed from the pile's whitelist
 * @param reason the raw reason byte (0x01 card format error); the document is inconsistent about
 *     it, so it is informational
 */
public record ClearedCard(PhysicalCardNumber card, boolean cleared, int reason) {

  public ClearedCard {
    Fields.present(card, "card");
    Fields.u8(reason, "reason");
  }
}
