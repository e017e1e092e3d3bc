package cn.evpark.charging;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.StationService;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.InvalidDriverException;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The charging orders staff see (充电订单, manual 5.1): filtered, paged, newest first, always within
 * the caller's operator scope (the scope is the first predicate of every query built here).
 */
@Stateless
public class ChargingOrderSearch {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB Drivers drivers;
  @EJB Ledger ledger;

  /**
   * One page of orders and how many match in all.
   *
   * @param rows the page, newest first
   * @param total the count of every order the filter selects
   */
  public record Page(List<OrderRow> rows, long total) {}

  /** A page of the orders matching {@code filter}: {@code size} (1–100) from {@code first}. */
  public Page search(OrderFilter filter, int first, int size) {
    Scope scope = callers.current();
    Optional<Long> driverId = driverOf(filter);
    if (filter.phone() != null && !filter.phone().isBlank() && driverId.isEmpty()) {
      return new Page(List.of(), 0);
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<ChargingOrder> counted = count.from(ChargingOrder.class);
    count.select(cb.count(counted)).where(where(cb, counted, scope, filter, driverId));
    long total = em.createQuery(count).getSingleResult();

    CriteriaQuery<ChargingOrder> select = cb.createQuery(ChargingOrder.class);
    Root<ChargingOrder> order = select.from(ChargingOrder.class);
    select
        .select(order)
        .where(where(cb, order, scope, filter, driverId))
        .orderBy(cb.desc(order.get("id")));
    List<ChargingOrder> orders =
        em.createQuery(select)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 100)))
            .getResultList();
    return new Page(rows(orders), total);
  }

  /**
   * The {@code count} (1–100) newest orders in the caller's scope, newest first, whatever their
   * state: the home page's latest charging orders.
   */
  public List<OrderRow> latest(int count) {
    Scope scope = callers.current();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ChargingOrder> select = cb.createQuery(ChargingOrder.class);
    Root<ChargingOrder> order = select.from(ChargingOrder.class);
    select
        .select(order)
        .where(where(cb, order, scope, OrderFilter.NONE, Optional.empty()))
        .orderBy(cb.desc(order.get("id")));
    return rows(
        em.createQuery(select).setMaxResults(Math.max(1, Math.min(count, 100))).getResultList());
  }

  /**
   * Streams every order matching {@code filter}, newest first, in chunks of {@code chunk}, for the
   * export: no row limit, bounded memory (each chunk is read by id after the last one).
   */
  public void forEach(OrderFilter filter, int chunk, Consumer<OrderRow> each) {
    Scope scope = callers.current();
    Optional<Long> driverId = driverOf(filter);
    if (filter.phone() != null && !filter.phone().isBlank() && driverId.isEmpty()) {
      return;
    }
    Long below = null;
    while (true) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<ChargingOrder> select = cb.createQuery(ChargingOrder.class);
      Root<ChargingOrder> order = select.from(ChargingOrder.class);
      List<Predicate> where = new ArrayList<>(List.of(where(cb, order, scope, filter, driverId)));
      if (below != null) {
        where.add(cb.lessThan(order.get("id"), below));
      }
      select.select(order).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(order.get("id")));
      List<ChargingOrder> orders = em.createQuery(select).setMaxResults(chunk).getResultList();
      if (orders.isEmpty()) {
        return;
      }
      rows(orders).forEach(each);
      below = orders.get(orders.size() - 1).getId();
      em.clear();
    }
  }

  /**
   * One order by its number, within the caller's scope.
   *
   * @throws NotFoundException when there is none, or it is another operator's
   */
  public OrderRow byOrderNo(String orderNo) {
    Scope scope = callers.current();
    return em.createQuery(
            "select o from ChargingOrder o where o.orderNo = :no", ChargingOrder.class)
        .setParameter("no", orderNo)
        .getResultStream()
        .filter(o -> scope.covers(o.getOperatorId()))
        .findFirst()
        .map(o -> rows(List.of(o)).get(0))
        .orElseThrow(() -> new NotFoundException("charging.order.notFound", "no order " + orderNo));
  }

  /**
   * One order with its settlement's ledger lines and the pile's record, within the caller's scope.
   *
   * @throws NotFoundException when there is none, or it is another operator's
   */
  public OrderDetails details(String orderNo) {
    OrderRow row = byOrderNo(orderNo);
    ChargingOrder order = row.order();
    List<OrderDetails.LedgerLine> lines =
        ledger
            .find(Settlement.postingKey(order))
            .map(
                t ->
                    t.getEntries().stream()
                        .map(
                            e ->
                                new OrderDetails.LedgerLine(
                                    em.find(LedgerAccount.class, e.getAccountId()).getKind(),
                                    e.getAmount(),
                                    e.getBalanceAfter()))
                        .toList())
            .orElse(List.of());
    Optional<String> hex =
        Optional.ofNullable(order.getRecordId())
            .map(id -> em.find(PileTransactionRecord.class, id))
            .map(PileTransactionRecord::getFrameHex);
    return new OrderDetails(row, lines, hex);
  }

  private Optional<Long> driverOf(OrderFilter filter) {
    if (filter.phone() == null || filter.phone().isBlank()) {
      return Optional.empty();
    }
    try {
      return drivers.byPhone(filter.phone()).map(Driver::getId);
    } catch (InvalidDriverException notAPhone) {
      // not a mobile number: no driver has it, so no order matches
      return Optional.empty();
    }
  }

  private static Predicate[] where(
      CriteriaBuilder cb,
      Root<ChargingOrder> o,
      Scope scope,
      OrderFilter f,
      Optional<Long> driverId) {
    List<Predicate> all = new ArrayList<>();
    all.add(scope.predicate(cb, o.get("operatorId")));
    if (f.stationId() != null) {
      all.add(cb.equal(o.get("stationId"), f.stationId()));
    }
    if (f.chargingType() != null) {
      all.add(cb.equal(o.get("chargingType"), f.chargingType()));
    }
    driverId.ifPresent(id -> all.add(cb.equal(o.get("driverId"), id)));
    if (f.from() != null) {
      all.add(cb.greaterThanOrEqualTo(o.<LocalDateTime>get("startedAt"), startOf(f.from())));
    }
    if (f.to() != null) {
      all.add(cb.lessThan(o.<LocalDateTime>get("startedAt"), startOf(f.to().plusDays(1))));
    }
    if (f.state() != null) {
      all.add(cb.equal(o.get("state"), f.state()));
    }
    if (f.pileCode() != null && !f.pileCode().isBlank()) {
      all.add(cb.equal(o.get("pileCode"), pileCode(f.pileCode())));
    }
    if (f.orderNo() != null && !f.orderNo().isBlank()) {
      all.add(cb.equal(o.get("orderNo"), f.orderNo().strip()));
    }
    return all.toArray(Predicate[]::new);
  }

  private static PileCode pileCode(String code) {
    try {
      return PileCode.of(code.strip());
    } catch (IllegalArgumentException e) {
      // not a pile code: matches no order
      return PileCode.of("0".repeat(14));
    }
  }

  private static LocalDateTime startOf(LocalDate day) {
    return BusinessCalendar.toStored(day.atStartOfDay(BusinessCalendar.ZONE).toInstant());
  }

  /** The orders with their stations' names and drivers' phones, two queries for the lot. */
  private List<OrderRow> rows(List<ChargingOrder> orders) {
    Map<Long, String> stationNames =
        stations.namesOf(orders.stream().map(ChargingOrder::getStationId).distinct().toList());
    Map<Long, String> phones =
        drivers.phonesOf(
            orders.stream()
                .map(ChargingOrder::getDriverId)
                .flatMap(Optional::stream)
                .distinct()
                .toList());
    return orders.stream()
        .map(
            o ->
                new OrderRow(
                    o,
                    stationNames.getOrDefault(o.getStationId(), ""),
                    o.getDriverId().map(id -> phones.getOrDefault(id, "")).orElse("")))
        .toList();
  }
}
