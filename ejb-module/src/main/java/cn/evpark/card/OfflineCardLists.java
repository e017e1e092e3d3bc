package cn.evpark.card;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileCommands;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.CardPresence;
import cn.evpark.ykc.protocol.message.OfflineCard;
import cn.evpark.ykc.protocol.message.OfflineCardClear;
import cn.evpark.ykc.protocol.message.OfflineCardQueryReply;
import cn.evpark.ykc.protocol.message.OfflineCardSync;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;

/**
 * Keeps each station's piles' offline card lists (ykc-protocol.md §7.11) following its IC cards, so
 * a pile that loses the platform still starts the cards it may and no others (money.md §3):
 *
 * <ul>
 *   <li>after a card's issue, 启用 or move joins a station: 0x44 to the station's online piles;
 *   <li>after 停用, 挂失, 删除 or a move away: 0x46 to them;
 *   <li>when a pile logs in: 0x44 with the station's enabled IC cards and 0x46 with its blocked
 *       ones and those that left it for good ({@link OfflineCardRemoval}), since the pile missed
 *       whatever changed while it was offline.
 * </ul>
 *
 * Frames carry at most 15 (0x44) and 24 (0x46) cards, so longer lists go in several. Commands are
 * sent without waiting: a pile that does not answer is brought up to date at its next login.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfflineCardLists {

  private static final Logger LOG = Logger.getLogger(OfflineCardLists.class.getName());

  @EJB Cards cards;
  @EJB PileCommands commands;
  @EJB PileLiveStates live;
  @EJB PileService piles;

  /** Sends a committed change to the station's online piles. */
  public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardListChange change) {
    List<PileCode> station = piles.codesOf(List.of(change.stationId()));
    var online = live.of(station);
    for (PileCode pile : station) {
      if (online.containsKey(pile)) {
        if (change.join()) {
          sync(pile, change.cards());
        } else {
          clear(pile, change.cards().stream().map(OfflineCard::physical).toList());
        }
      }
    }
  }

  /**
   * Brings piles that just logged in up to date with their stations' IC cards, reading each list
   * once for all the piles (three queries, whatever the number of piles and stations). Its reads
   * join the caller's transaction when there is one (the logins' session events record the piles
   * online in the same one); the commands go out without waiting.
   *
   * @param piles the piles, as the caller's transaction holds them
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void atLogin(Collection<Pile> piles) {
    Set<Long> stations = new HashSet<>();
    piles.forEach(pile -> stations.add(pile.getStation().getId()));
    Map<Long, List<OfflineCard>> lists = cards.offlineListsOf(stations);
    Map<Long, List<PhysicalCardNumber>> blocked = cards.blockedOf(stations);
    for (Pile pile : piles) {
      long station = pile.getStation().getId();
      sync(pile.getCode(), lists.get(station));
      clear(pile.getCode(), blocked.get(station));
    }
  }

  /**
   * Asks the online piles of a card's station whether the card is on their offline lists (0x48,
   * ykc-protocol.md §7.11), for staff checking that a change reached the piles. Waits for the
   * answers, at most the adapter's command timeout per pile.
   *
   * @return per pile of the station, by its 14 digits: present or not; empty for a pile offline or
   *     not answering; no piles for an e-card, which no pile holds
   * @throws cn.evpark.shared.NotFoundException when the card is not the caller's
   */
  public Map<String, Optional<Boolean>> presence(long cardId) {
    ChargingCard card = cards.get(cardId);
    if (card.physicalNumber().isEmpty()) {
      return Map.of();
    }
    PhysicalCardNumber physical = card.physicalNumber().get();
    List<PileCode> station = piles.codesOf(List.of(card.getStationId()));
    var online = live.of(station);
    Map<String, CompletableFuture<OfflineCardQueryReply>> asked = new TreeMap<>();
    for (PileCode pile : station) {
      asked.put(
          pile.value(),
          online.containsKey(pile)
              ? commands.queryOfflineCards(pile, List.of(physical)).toCompletableFuture()
              : CompletableFuture.failedFuture(new IllegalStateException("offline")));
    }
    Map<String, Optional<Boolean>> presence = new TreeMap<>();
    asked.forEach(
        (pile, reply) -> {
          try {
            presence.put(
                pile,
                reply.get().cards().stream()
                    .filter(c -> c.card().equals(physical))
                    .findFirst()
                    .map(CardPresence::present));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            presence.put(pile, Optional.empty());
          } catch (ExecutionException e) {
            presence.put(pile, Optional.empty());
          }
        });
    return presence;
  }

  private void sync(PileCode pile, List<OfflineCard> list) {
    for (List<OfflineCard> part : parts(list, OfflineCardSync.MAX_CARDS)) {
      watch(pile, "0x44", commands.syncOfflineCards(pile, part));
    }
  }

  private void clear(PileCode pile, List<PhysicalCardNumber> numbers) {
    for (List<PhysicalCardNumber> part : parts(numbers, OfflineCardClear.MAX_CARDS)) {
      watch(pile, "0x46", commands.clearOfflineCards(pile, part));
    }
  }

  private static void watch(PileCode pile, String frame, CompletionStage<?> answer) {
    answer.whenComplete(
        (reply, failure) -> {
          if (failure != null) {
            LOG.warning(() -> "pile " + pile + ": offline card list " + frame + ": " + failure);
          }
        });
  }

  private static <T> List<List<T>> parts(List<T> list, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      parts.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return parts;
  }
}
