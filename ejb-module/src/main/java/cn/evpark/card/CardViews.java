package cn.evpark.card;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Money;
import cn.evpark.station.StationService;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.LedgerAccounts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * The card lists of 电子卡管理 and 实体卡管理 (manual 7.2–7.3): the caller's operator's cards of one kind,
 * newest first, searched by card number, phone and station, each with its station's name, its
 * driver's phone and its ledger account's balance.
 */
@Stateless
public class CardViews {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB Drivers drivers;
  @EJB LedgerAccounts accounts;

  /**
   * What to look for; null or blank fields match every card.
   *
   * @param cardNumber the 卡号 (16 digits, leading zeros optional) or, for IC cards, the physical
   *     number as printed
   * @param phone the driver's mobile number, exactly
   */
  public record Criteria(CardKind kind, Long stationId, String cardNumber, String phone) {}

  /** One page of cards, and how many match in all. */
  public record CardPage(List<CardView> cards, long total) {}

  /** The cards matching {@code criteria}, {@code size} from {@code first}. */
  public CardPage search(Criteria criteria, int first, int size) {
    Long driverId = null;
    if (criteria.phone() != null && !criteria.phone().isBlank()) {
      var driver = drivers.byPhone(criteria.phone().strip());
      if (driver.isEmpty()) {
        return new CardPage(List.of(), 0);
      }
      driverId = driver.get().getId();
    }
    Long id = null;
    String physical = null;
    if (criteria.cardNumber() != null && !criteria.cardNumber().isBlank()) {
      String number = criteria.cardNumber().strip();
      if (criteria.kind() == CardKind.IC_CARD && !number.matches("\\d{16}")) {
        try {
          physical = PhysicalNumbers.parse(number).hex();
        } catch (InvalidCardNumberException e) {
          return new CardPage(List.of(), 0);
        }
      } else if (number.matches("\\d{1,16}")) {
        id = Long.parseLong(number);
      } else {
        return new CardPage(List.of(), 0);
      }
    }
    TypedQuery<ChargingCard> rows =
        query(criteria, driverId, id, physical, "c", ChargingCard.class);
    TypedQuery<Long> count = query(criteria, driverId, id, physical, "count(c)", Long.class);
    List<ChargingCard> cards = rows.setFirstResult(first).setMaxResults(size).getResultList();
    return new CardPage(of(cards), count.getSingleResult());
  }

  /** The views of {@code cards}, in their order. */
  public List<CardView> of(List<ChargingCard> cards) {
    Map<Long, String> names =
        stations.namesOf(cards.stream().map(ChargingCard::getStationId).distinct().toList());
    Map<Long, String> phones =
        drivers.phonesOf(cards.stream().map(ChargingCard::getDriverId).distinct().toList());
    Map<Long, Money> balances =
        accounts.balances(cards.stream().map(ChargingCard::getAccountId).toList());
    return cards.stream()
        .map(
            c ->
                new CardView(
                    c.getId(),
                    c.getKind(),
                    c.logicalNumber().value(),
                    c.physicalNumber().map(p -> p.display()).orElse(null),
                    c.getStationId(),
                    names.get(c.getStationId()),
                    c.getDriverId(),
                    phones.get(c.getDriverId()),
                    c.getStatus(),
                    balances.getOrDefault(c.getAccountId(), Money.ZERO),
                    c.getRemarks(),
                    c.getIssuedAt()))
        .toList();
  }

  private <R> TypedQuery<R> query(
      Criteria criteria, Long driverId, Long id, String physical, String select, Class<R> type) {
    ScopedQuery query =
        ScopedQuery.in(callers.current(), em).from(ChargingCard.class, "c").where("c.kind = :kind");
    if (criteria.stationId() != null) {
      query.where("c.stationId = :station");
    }
    if (driverId != null) {
      query.where("c.driverId = :driver");
    }
    if (id != null) {
      query.where("c.id = :id");
    }
    if (physical != null) {
      query.where("c.physicalNo = :physical");
    }
    if (!select.startsWith("count")) {
      query.orderBy("c.id desc");
    }
    TypedQuery<R> typed = query.select(select, type).setParameter("kind", criteria.kind());
    if (criteria.stationId() != null) {
      typed.setParameter("station", criteria.stationId());
    }
    if (driverId != null) {
      typed.setParameter("driver", driverId);
    }
    if (id != null) {
      typed.setParameter("id", id);
    }
    if (physical != null) {
      typed.setParameter("physical", physical);
    }
    return typed;
  }
}
