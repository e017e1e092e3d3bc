package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.PhysicalCardNumber;

/**
 * One card's entry in a 0x47 offline-card query reply ({@code ykc-protocol.md §7.11}).
 *
 * @param card the card
 * @param present true if the card is on the pile's whitelist
 */
public record CardPresence(PhysicalCardNumber card, boolean present) {

  public CardPresence {
    Fields.present(card, "card");
  }
}
