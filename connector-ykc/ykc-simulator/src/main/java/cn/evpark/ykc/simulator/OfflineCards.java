package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.CardPresence;
import cn.evpark.ykc.protocol.message.CardSyncFailure;
import cn.evpark.ykc.protocol.message.ClearedCard;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.OfflineCard;
import cn.evpark.ykc.protocol.message.OfflineCardClear;
import cn.evpark.ykc.protocol.message.OfflineCardClearReply;
import cn.evpark.ykc.protocol.message.OfflineCardQuery;
import cn.evpark.ykc.protocol.message.OfflineCardQueryReply;
import cn.evpark.ykc.protocol.message.OfflineCardSync;
import cn.evpark.ykc.protocol.message.OfflineCardSyncReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pile's offline card list ({@code ykc-protocol.md §7.11}): cards synchronised (0x44/0x43),
 * cleared (0x46/0x45) and queried (0x48/0x47) by the platform, at most {@value #MAX_CARDS}; a sync
 * that would overflow is refused as storage full and changes nothing.
 *
 * <p>Runs on: the pile's event loop.
 */
final class OfflineCards implements Capability {

  private static final int MAX_CARDS = 10_000;

  private final PileCode code;
  private final PileLink link;
  private final Map<PhysicalCardNumber, LogicalCardNumber> cards = new LinkedHashMap<>();

  OfflineCards(PileCode code, PileLink link) {
    this.code = code;
    this.link = link;
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        OfflineCardSync.class,
        (frame, sync) -> {
          boolean fits = cards.size() + sync.cards().size() <= MAX_CARDS;
          if (fits) {
            for (OfflineCard card : sync.cards()) {
              cards.put(card.physical(), card.logical());
            }
          }
          link.reply(
              frame,
              new OfflineCardSyncReply(
                  code, fits, Code.of(fits ? CardSyncFailure.NONE : CardSyncFailure.STORAGE_FULL)));
        });
    downlink.on(
        OfflineCardClear.class,
        (frame, clear) -> {
          List<ClearedCard> cleared = new ArrayList<>();
          for (PhysicalCardNumber card : clear.cards()) {
            boolean removed = cards.remove(card) != null;
            cleared.add(new ClearedCard(card, removed, removed ? 0 : 1));
          }
          link.reply(frame, new OfflineCardClearReply(code, cleared));
        });
    downlink.on(
        OfflineCardQuery.class,
        (frame, query) -> {
          List<CardPresence> presence = new ArrayList<>();
          for (PhysicalCardNumber card : query.cards()) {
            presence.add(new CardPresence(card, cards.containsKey(card)));
          }
          link.reply(frame, new OfflineCardQueryReply(code, presence));
        });
  }

  /** The physical numbers of the cards on the list. */
  Set<PhysicalCardNumber> cards() {
    return Set.copyOf(cards.keySet());
  }
}
