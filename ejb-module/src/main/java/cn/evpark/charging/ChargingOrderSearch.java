package cn.evpark.charging;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.StationService;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.InvalidDriverException;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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

  /**
   * A page of the orders matching {@code filter}: {@code size} (1–100) from {@code first}, and the
   * exact count of all of them.
   *
   * <p>The count reads the tally of orders ({@link OrderTallies}) and the few orders it does not
   * hold as they are now, when only the operator, charging type, start range and state filter; the
   * page reads the ids of its orders first (from an index, however deep the page), then those
   * orders.
   */
  public Page search(OrderFilter filter, int first, int size) {
    Optional<OrderConditions> conditions =
        OrderConditions.of(callers.current(), filter, driverOf(filter));
    if (conditions.isEmpty()) {
      return new Page(List.of(), 0);
    }
    long total = count(conditions.get());
    int offset = Math.max(0, first);
    if (offset >= total) {
      return new Page(List.of(), total);
    }
    int limit = (int) Math.min(Math.max(1, Math.min(size, 100)), total - offset);
    OrderConditions c = conditions.get();
    return new Page(rows(load(ids(c, null, offset, limit, c.endsItsRange()))), total);
  }

  /**
   * The {@code count} (1–100) newest orders in the caller's scope, newest first, whatever their
   * state: the home page's latest charging orders.
   */
  public List<OrderRow> latest(int count) {
    OrderConditions none =
        OrderConditions.of(callers.current(), OrderFilter.NONE, Optional.empty()).orElseThrow();
    return rows(load(ids(none, null, 0, Math.max(1, Math.min(count, 100)), false)));
  }

  /**
   * Streams every order matching {@code filter}, newest first, in chunks of {@code chunk}, for the
   * export: no row limit, bounded memory (each chunk is read by id after the last one).
   */
  public void forEach(OrderFilter filter, int chunk, Consumer<OrderRow> each) {
    Optional<OrderConditions> conditions =
        OrderConditions.of(callers.current(), filter, driverOf(filter));
    if (conditions.isEmpty()) {
      return;
    }
    Long below = null;
    while (true) {
      List<Long> ids = ids(conditions.get(), below, 0, chunk, false);
      if (ids.isEmpty()) {
        return;
      }
      rows(load(ids)).forEach(each);
      below = ids.get(ids.size() - 1);
      em.clear();
    }
  }

  /**
   * How many orders match, exactly, in one statement (so a tally batch committing meanwhile is seen
   * either wholly or not at all): the tally's cells that match, plus the pending orders that match
   * as they are now, minus those that matched as they were tallied.
   */
  private long count(OrderConditions c) {
    List<Object> params = new ArrayList<>();
    String sql;
    if (c.countedByTally()) {
      sql =
          "SELECT (SELECT COALESCE(SUM(t.orders), 0) FROM charging_order_tally t WHERE "
              + c.tallyWhere(params)
              + ") + (SELECT COUNT(*) FROM charging_order o WHERE o.tally_pending = TRUE AND "
              + c.where(params)
              + ") - (SELECT COUNT(*) FROM charging_order o WHERE o.tally_pending = TRUE"
              + " AND o.tallied_state IS NOT NULL AND "
              + c.whereAsTallied(params)
              + ")";
    } else {
      sql = "SELECT COUNT(*) FROM charging_order o WHERE " + c.where(params);
    }
    return ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue();
  }

  /**
   * The ids of {@code limit} matching orders from {@code offset}, newest first, below {@code below}
   * when given. {@code rangeFirst} sorts by an expression, so that the database reads the matches
   * through the filters' index and sorts their ids instead of reading every order by id until
   * enough match.
   */
  private List<Long> ids(OrderConditions c, Long below, int offset, int limit, boolean rangeFirst) {
    List<Object> params = new ArrayList<>();
    String where = c.where(params);
    if (below != null) {
      where += " AND o.id < ?";
      params.add(below);
    }
    params.add(limit);
    params.add(offset);
    @SuppressWarnings("unchecked")
    List<Object> ids =
        bind(
                em.createNativeQuery(
                    "SELECT o.id FROM charging_order o WHERE "
                        + where
                        + (rangeFirst ? " ORDER BY o.id + 0 DESC" : " ORDER BY o.id DESC")
                        + " LIMIT ? OFFSET ?"),
                params)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** The orders of {@code ids}, in that order. */
  private List<ChargingOrder> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ChargingOrder> byId =
        ScopedQuery.in(callers.current(), em)
            .from(ChargingOrder.class, "o")
            .where("o.id in :ids")
            .select("o", ChargingOrder.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(ChargingOrder::getId, o -> o));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static Query bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }

  /**
   * One order by its number, within the caller's scope.
   *
   * @throws NotFoundException when there is none, or it is another operator's
   */
  public OrderRow byOrderNo(String orderNo) {
    return ScopedQuery.in(callers.current(), em)
        .from(ChargingOrder.class, "o")
        .where("o.orderNo = :no")
        .select("o", ChargingOrder.class)
        .setParameter("no", orderNo)
        .getResultStream()
        .findFirst()
        .map(o -> rows(List.of(o)).get(0))
        .orElseThrow(() -> new NotFoundException("charging.order.notFound", "no order " + orderNo));
  }

  /**
   * One order with its settlement's ledger lines, the pile's record and the audit of a staff
   * settlement, within the caller's scope.
   *
   * @throws NotFoundException when there is none, or it is another operator's
   */
  public OrderDetails details(String orderNo) {
    OrderRow row = byOrderNo(orderNo);
    ChargingOrder order = row.order();
    List<OrderDetails.LedgerLine> lines =
        ledger
            .find(SettlementLedger.postingKey(order))
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
    Optional<StaffSettlement> audit =
        order.isSettledByStaff()
            ? ScopedQuery.in(Scope.operator(order.getOperatorId()), em)
                .from(StaffSettlement.class, "s")
                .where("s.orderId = :order")
                .select("s", StaffSettlement.class)
                .setParameter("order", order.getId())
                .getResultStream()
                .findFirst()
            : Optional.empty();
    return new OrderDetails(row, lines, hex, audit);
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
