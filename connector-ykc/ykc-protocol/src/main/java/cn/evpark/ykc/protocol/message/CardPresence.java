package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.PhysicalCardNumber;

/**
 * One card's entry in a 0x47 offline-card query reply ({@code ykc-protocol.md §7.11}).
 *
 * @param card the card
 * @param presentFlag the flag byte as sent: 0x01 if the card is on the pile's whitelist (present()
 *     is true only then)
 */
public record CardPresence(PhysicalCardNumber card, Code<Flag> presentFlag) {

  public CardPresence {
    Fields.present(presentFlag, "presentFlag");
    Fields.present(card, "card");
  }

  /** With the flag byte for {@code present}. */
  public CardPresence(PhysicalCardNumber card, boolean present) {
    this(card, Flag.of(present));
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean present() {
    return presentFlag.is(Flag.YES);
  }
}
