package cn.evpark.card;

import cn.evpark.operator.AccessDeniedException;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.operator.StaffAccount;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.message.OfflineCard;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 电子卡管理 and 实体卡管理 (manual 7.2–7.3, money.md §1): issuing cards, their status, editing and deleting
 * them, within the caller's operator; read-only accounts change nothing ({@link
 * AccessDeniedException}). A card's money moves through {@link CardMoney}.
 *
 * <p>Each change to an IC card that a pile's offline card list must follow (issue, 启用, 停用, 挂失, a
 * move to another station, 删除) fires a {@link CardListChange}, sent to the station's online piles
 * after the commit.
 */
@Stateless
public class Cards {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<CardListChange> listChanges;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB Drivers drivers;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;
  @EJB CardViews views;

  /**
   * 发卡: issues a card of {@code kind} for a station to the driver with the mobile number {@code
   * phone} (用户编号; a driver new to the platform is registered), with a zero balance.
   *
   * @param physicalNumber for an IC card, the chip's number as typed or read (1–16 hex digits);
   *     ignored for an e-card
   * @return the card, enabled
   * @throws NotFoundException when the station is not the caller's
   * @throws InvalidCardNumberException when an IC card's number is not a physical card number
   * @throws CardNumberTakenException when another card has that physical number
   * @throws cn.evpark.wallet.InvalidDriverException when the phone is not a mainland mobile number
   */
  public ChargingCard issue(
      CardKind kind, long stationId, String phone, String physicalNumber, String remarks) {
    Scope scope = callers.forChange();
    Station station = stations.get(stationId);
    long operatorId = station.getOperator().getId();
    scope.check(operatorId, "station.notFound");
    Optional<PhysicalCardNumber> physical =
        kind == CardKind.IC_CARD
            ? Optional.of(PhysicalNumbers.parse(physicalNumber))
            : Optional.empty();
    if (physical.isPresent() && byPhysicalNumber(physical.get()).isPresent()) {
      throw new CardNumberTakenException(physical.get().display());
    }
    Driver driver = drivers.register(phone);
    ChargingCard card =
        new ChargingCard(
            operatorId,
            stationId,
            driver.getId(),
            kind,
            physical,
            blankToNull(remarks),
            BusinessCalendar.toStored(clock.instant()),
            staffName());
    em.persist(card);
    em.flush();
    card.openedAccount(accounts.card(operatorId, kind.accountKind(), card.getId()).getId());
    joined(card, card.getStationId());
    return card;
  }

  /**
   * 编辑: moves a card to another station of its operator and replaces its remarks; an IC card leaves
   * the old station's offline lists for good and, enabled, joins the new one's.
   *
   * @throws NotFoundException when the card or the station is not the caller's, or the station is
   *     another operator's
   */
  public ChargingCard edit(long cardId, long stationId, String remarks) {
    ChargingCard card = forChange(cardId);
    Station station = stations.get(stationId);
    if (station.getOperator().getId() != card.getOperatorId()) {
      throw new NotFoundException("station.notFound", "no station " + stationId);
    }
    long before = card.getStationId();
    card.edit(stationId, blankToNull(remarks));
    if (before != stationId) {
      leftForGood(card, before);
      joined(card, stationId);
    }
    return card;
  }

  /**
   * 启用.
   *
   * @throws CardStatusException for a lost card
   */
  public ChargingCard enable(long cardId) {
    ChargingCard card = forChange(cardId);
    boolean was = card.isEnabled();
    card.enable();
    if (!was) {
      listChange(card, card.getStationId(), true);
    }
    return card;
  }

  /**
   * 停用: the card pays nothing more from now on; piles drop it from their offline lists.
   *
   * @throws CardStatusException for a lost card
   */
  public ChargingCard disable(long cardId) {
    ChargingCard card = forChange(cardId);
    boolean was = card.isEnabled();
    card.disable();
    if (was) {
      listChange(card, card.getStationId(), false);
    }
    return card;
  }

  /**
   * 挂失: an IC card reported lost is blocked at once (swipes are refused from this commit on) and
   * for good, and leaves the station's offline lists.
   *
   * @throws CardStatusException for an e-card
   */
  public ChargingCard reportLost(long cardId) {
    ChargingCard card = forChange(cardId);
    boolean was = card.isEnabled();
    card.reportLost();
    if (was) {
      listChange(card, card.getStationId(), false);
    }
    return card;
  }

  /**
   * 删除: only a card with a zero balance (manual 7.2); its ledger account and lines stay, as the
   * ledger is append-only (money.md §2).
   *
   * @throws CardNotDeletableException when the card holds money: staff refund it first (退款)
   */
  public void delete(long cardId) {
    ChargingCard card = forChange(cardId);
    // the balance read under the account's lock, so no top-up slips in before the delete commits
    Money balance = ledger.lock(List.of(card.getAccountId())).get(card.getAccountId()).getBalance();
    if (!balance.isZero()) {
      throw new CardNotDeletableException(card, balance);
    }
    leftForGood(card, card.getStationId());
    em.remove(card);
  }

  /**
   * A card the caller may see.
   *
   * @throws NotFoundException when there is none
   */
  public ChargingCard get(long cardId) {
    return callers
        .current()
        .visible(em.find(ChargingCard.class, cardId), ChargingCard::getOperatorId)
        .orElseThrow(() -> notFound(cardId));
  }

  /** A card the caller may see, as its list shows it. */
  public CardView view(long cardId) {
    return views.of(List.of(get(cardId))).get(0);
  }

  /** The card with this physical number, on the whole platform (a pile's swipe, 0x31). */
  public Optional<ChargingCard> byPhysicalNumber(PhysicalCardNumber physical) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(ChargingCard.class, "c")
        .where("c.physicalNo = :physical")
        .select("c", ChargingCard.class)
        .setParameter("physical", physical.hex())
        .getResultStream()
        .findFirst();
  }

  /** A card by id on the whole platform, for the platform's own checks (a start's payer). */
  public Optional<ChargingCard> byId(long cardId) {
    return Optional.ofNullable(em.find(ChargingCard.class, cardId));
  }

  /**
   * The offline card lists of stations' piles: each station's enabled IC cards (ykc-protocol.md
   * §7.11), by id. One query for all the stations, so a batch of logins reads them once.
   *
   * @return by station id; a station without such cards has an empty list
   */
  public Map<Long, List<OfflineCard>> offlineListsOf(Set<Long> stationIds) {
    Map<Long, List<OfflineCard>> lists = byStation(stationIds);
    ofStations(stationIds, true).forEach(c -> lists.get(c.getStationId()).add(offlineCard(c)));
    return lists;
  }

  /**
   * The physical numbers stations' piles must not hold on their offline card lists: each station's
   * IC cards that may not start offline (停用, 挂失), by id, then those that left it for good (删除, or
   * moved to another station; {@link OfflineCardRemoval}). Two queries for all the stations.
   *
   * @return by station id; a station without such cards has an empty list
   */
  public Map<Long, List<PhysicalCardNumber>> blockedOf(Set<Long> stationIds) {
    Map<Long, List<PhysicalCardNumber>> blocked = byStation(stationIds);
    ofStations(stationIds, false)
        .forEach(c -> blocked.get(c.getStationId()).add(c.physicalNumber().orElseThrow()));
    if (!stationIds.isEmpty()) {
      em.createQuery(
              "select r from OfflineCardRemoval r where r.stationId in :stations"
                  + " order by r.removedAt, r.physicalNo",
              OfflineCardRemoval.class)
          .setParameter("stations", stationIds)
          .getResultList()
          .forEach(r -> blocked.get(r.getStationId()).add(r.physicalNumber()));
    }
    return blocked;
  }

  private static <T> Map<Long, List<T>> byStation(Set<Long> stationIds) {
    Map<Long, List<T>> lists = new HashMap<>();
    stationIds.forEach(id -> lists.put(id, new ArrayList<>()));
    return lists;
  }

  /**
   * A card the caller may change, locked for the change.
   *
   * @throws NotFoundException when the card is not the caller's
   * @throws AccessDeniedException for a read-only account
   */
  public ChargingCard forChange(long cardId) {
    Scope scope = callers.forChange();
    ChargingCard card = em.find(ChargingCard.class, cardId, LockModeType.PESSIMISTIC_WRITE);
    if (card == null || !scope.covers(card.getOperatorId())) {
      throw notFound(cardId);
    }
    return card;
  }

  private List<ChargingCard> ofStations(Set<Long> stationIds, boolean enabled) {
    if (stationIds.isEmpty()) {
      return List.of();
    }
    return ScopedQuery.in(Scope.platform(), em)
        .from(ChargingCard.class, "c")
        .where("c.stationId in :stations and c.kind = :kind")
        .where(enabled ? "c.status = :enabled" : "c.status <> :enabled")
        .orderBy("c.id")
        .select("c", ChargingCard.class)
        .setParameter("stations", stationIds)
        .setParameter("kind", CardKind.IC_CARD)
        .setParameter("enabled", CardStatus.ENABLED)
        .getResultList();
  }

  /**
   * A card joins a station (issued there, or moved to it): an IC card with that number is no longer
   * one the station's piles must clear, and, enabled, joins their lists.
   */
  private void joined(ChargingCard card, long stationId) {
    card.physicalNumber()
        .map(p -> em.find(OfflineCardRemoval.class, new OfflineCardRemoval.Key(stationId, p.hex())))
        .ifPresent(em::remove);
    if (card.isEnabled()) {
      listChange(card, stationId, true);
    }
  }

  /**
   * A card leaves a station for good (删除, or moved away): an IC card is recorded for the station's
   * piles to clear at their logins, since one offline now misses the clear sent to the online ones.
   */
  private void leftForGood(ChargingCard card, long stationId) {
    card.physicalNumber()
        .ifPresent(
            p ->
                em.merge(
                    new OfflineCardRemoval(
                        stationId, p, BusinessCalendar.toStored(clock.instant()))));
    if (card.isEnabled()) {
      listChange(card, stationId, false);
    }
  }

  private void listChange(ChargingCard card, long stationId, boolean join) {
    if (card.getKind() == CardKind.IC_CARD) {
      listChanges.fire(new CardListChange(stationId, List.of(offlineCard(card)), join));
    }
  }

  private static OfflineCard offlineCard(ChargingCard card) {
    return new OfflineCard(card.logicalNumber(), card.physicalNumber().orElseThrow());
  }

  private String staffName() {
    return callers.account().map(StaffAccount::getUsername).orElse("platform");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static NotFoundException notFound(long cardId) {
    return new NotFoundException("card.notFound", "no card " + cardId);
  }
}
