package cn.evpark.card;

import cn.evpark.ykc.protocol.message.OfflineCard;
import java.util.List;

/**
 * IC cards that join or leave a station's offline card list (ykc-protocol.md §7.11), fired in the
 * transaction that issues, blocks, moves or deletes them and sent to the station's online piles
 * after its commit ({@link OfflineCardLists}).
 *
 * @param stationId the station whose piles' lists change
 * @param cards the cards, logical and physical numbers
 * @param join true for a sync (0x44), false for a clear (0x46)
 */
public record CardListChange(long stationId, List<OfflineCard> cards, boolean join) {

  public CardListChange {
    cards = List.copyOf(cards);
  }
}
