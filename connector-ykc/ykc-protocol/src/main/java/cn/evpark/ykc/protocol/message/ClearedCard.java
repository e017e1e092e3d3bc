package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.PhysicalCardNumber;

/**
 * One card's outcome in a 0x45 offline-card clear reply ({@code ykc-protocol.md §7.11}).
 *
 * @param card the card
 * @param clearedFlag the flag byte as sent: 0x01 if removed from the pile's whitelist (cleared() is
 *     true only then)
 * @param reason the raw reason byte (0x01 card format error); the document is inconsistent about
 *     it, so it is informational
 */
public record ClearedCard(PhysicalCardNumber card, Code<Flag> clearedFlag, int reason) {

  public ClearedCard {
    Fields.present(clearedFlag, "clearedFlag");
    Fields.present(card, "card");
    Fields.u8(reason, "reason");
  }

  /** With the flag byte for {@code cleared}. */
  public ClearedCard(PhysicalCardNumber card, boolean cleared, int reason) {
    this(card, Flag.of(cleared), reason);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean cleared() {
    return clearedFlag.is(Flag.YES);
  }
}
