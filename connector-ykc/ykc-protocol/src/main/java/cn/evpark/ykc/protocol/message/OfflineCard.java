package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;

/**
 * A card a pile may authorise offline, an entry of 0x44 ({@code ykc-protocol.md §7.11}).
 *
 * @param logical the number printed on the card
 * @param physical the card UID
 */
public record OfflineCard(LogicalCardNumber logical, PhysicalCardNumber physical) {

  public OfflineCard {
    Fields.present(logical, "logical");
    Fields.present(physical, "physical");
  }
}
