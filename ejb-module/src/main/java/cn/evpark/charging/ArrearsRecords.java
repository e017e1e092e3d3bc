package cn.evpark.charging;

import cn.evpark.charging.ArrearsOutstanding.Owed;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.station.Station;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.InvalidDriverException;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arrears records (欠费记录, {@code parking.md §5}): the settled orders their accounts could not
 * pay in full, each with what is still owed of it, for staff (the caller's scope, filtered) and for
 * the driver who owes them.
 */
@Stateless
public class ArrearsRecords {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB Drivers drivers;
  @EJB Wallets wallets;

  /** A page of records and how many match in all. */
  public record Page(List<ArrearsRow> rows, long total) {}

  /** What a driver owes one operator now, and the records it comes from, the newest first. */
  public record Owing(long operatorId, Money owed, List<ArrearsRow> records) {}

  /** One page of the records in the caller's scope, the latest settled first. */
  public Page search(ArrearsFilter filter, int first, int size) {
    Optional<Long> driver = Optional.empty();
    if (filter.phone() != null && !filter.phone().isBlank()) {
      try {
        driver = drivers.byPhone(filter.phone()).map(Driver::getId);
      } catch (InvalidDriverException notAPhone) {
        // not a mobile number: no driver has it
      }
      if (driver.isEmpty()) {
        return new Page(List.of(), 0);
      }
    }
    TypedQuery<Long> count = matching(filter, driver).select("count(o)", Long.class);
    TypedQuery<ChargingOrder> query =
        matching(filter, driver)
            .orderBy("o.settledAt desc, o.id desc")
            .select("o", ChargingOrder.class);
    bind(count, filter, driver);
    bind(query, filter, driver);
    List<ChargingOrder> found = query.setFirstResult(first).setMaxResults(size).getResultList();
    return new Page(rows(found, callers.current()), count.getSingleResult());
  }

  /** What the driver owes each operator, with its records; operators owed nothing are left out. */
  public List<Owing> ofDriver(long driverId) {
    List<ChargingOrder> all =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where("o.driverId = :driver and o.arrearsAmount > :zero")
            .orderBy("o.settledAt desc, o.id desc")
            .select("o", ChargingOrder.class)
            .setParameter("driver", driverId)
            .setParameter("zero", Money.ZERO)
            .getResultList();
    Map<Long, List<ChargingOrder>> byOperator = new LinkedHashMap<>();
    all.forEach(o -> byOperator.computeIfAbsent(o.getOperatorId(), k -> new ArrayList<>()).add(o));
    // the driver sees the names of the stations it charged at, whichever operator's
    List<ArrearsRow> rows = rows(all, Scope.platform());
    Map<String, ArrearsRow> byNo = new HashMap<>();
    rows.forEach(r -> byNo.put(r.orderNo(), r));
    return byOperator.entrySet().stream()
        .map(
            e ->
                new Owing(
                    e.getKey(),
                    wallets.arrears(e.getKey(), driverId),
                    e.getValue().stream().map(o -> byNo.get(o.getOrderNo())).toList()))
        .filter(o -> o.owed().isPositive())
        .toList();
  }

  /**
   * Pays what the driver owes the operator from the wallet, as far as it reaches ({@code money.md
   * §4.7}). Idempotent on {@code idempotencyKey}: a repeat pays nothing more.
   *
   * @return what this call paid, yuan (zero when the wallet is empty or nothing is owed)
   */
  public Money payFromWallet(long driverId, long operatorId, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new IllegalArgumentException("an Idempotency-Key has 1 to 64 characters");
    }
    return wallets.payArrearsFromWallet(
        operatorId, driverId, "driver-pay:" + driverId + ":" + idempotencyKey);
  }

  private ScopedQuery matching(ArrearsFilter filter, Optional<Long> driver) {
    ScopedQuery query =
        ScopedQuery.in(callers.current(), em)
            .from(ChargingOrder.class, "o")
            .where("o.arrearsAmount > :zero and o.driverId is not null");
    if (filter.stationId() != null) {
      query.where("o.stationId = :station");
    }
    if (driver.isPresent()) {
      query.where("o.driverId = :driver");
    }
    if (filter.from() != null) {
      query.where("o.settledAt >= :from");
    }
    if (filter.to() != null) {
      query.where("o.settledAt < :to");
    }
    return query;
  }

  private static void bind(TypedQuery<?> query, ArrearsFilter filter, Optional<Long> driver) {
    query.setParameter("zero", Money.ZERO);
    if (filter.stationId() != null) {
      query.setParameter("station", filter.stationId());
    }
    driver.ifPresent(id -> query.setParameter("driver", id));
    if (filter.from() != null) {
      query.setParameter("from", BusinessCalendar.dayStart(filter.from()));
    }
    if (filter.to() != null) {
      query.setParameter("to", BusinessCalendar.dayStart(filter.to().plusDays(1)));
    }
  }

  /**
   * The orders as rows, each with its unpaid part: per (driver, operator) of the page, one read of
   * that driver's records there and one of the arrears account; station names as {@code scope} sees
   * them.
   */
  private List<ArrearsRow> rows(List<ChargingOrder> orders, Scope scope) {
    Map<Long, String> names = stationNames(orders, scope);
    Map<Long, String> phones =
        drivers.phonesOf(
            orders.stream().map(o -> o.getDriverId().orElseThrow()).distinct().toList());
    Map<Long, Money> unpaid = new HashMap<>();
    orders.stream()
        .map(o -> new DriverAtOperator(o.getDriverId().orElseThrow(), o.getOperatorId()))
        .distinct()
        .forEach(key -> unpaid.putAll(unpaidOf(key)));
    return orders.stream()
        .map(
            o ->
                new ArrearsRow(
                    o.getOrderNo(),
                    phones.getOrDefault(o.getDriverId().orElseThrow(), ""),
                    names.getOrDefault(o.getStationId(), ""),
                    BusinessCalendar.toLocal(o.getSettledAt()),
                    o.getTotalAmount().yuan(),
                    o.getArrearsAmount().yuan(),
                    unpaid.getOrDefault(o.getId(), Money.ZERO).yuan()))
        .toList();
  }

  private Map<Long, String> stationNames(List<ChargingOrder> orders, Scope scope) {
    if (orders.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    ScopedQuery.in(scope, em)
        .from(Station.class, "s")
        .where("s.id in :ids")
        .select("s", Station.class)
        .setParameter("ids", orders.stream().map(ChargingOrder::getStationId).distinct().toList())
        .getResultList()
        .forEach(station -> names.put(station.getId(), station.getName()));
    return names;
  }

  private record DriverAtOperator(long driverId, long operatorId) {}

  private Map<Long, Money> unpaidOf(DriverAtOperator key) {
    List<Owed> owed =
        ScopedQuery.in(Scope.operator(key.operatorId()), em)
            .from(ChargingOrder.class, "o")
            .where("o.driverId = :driver and o.arrearsAmount > :zero")
            .orderBy("o.settledAt, o.id")
            .select("o", ChargingOrder.class)
            .setParameter("driver", key.driverId())
            .setParameter("zero", Money.ZERO)
            .getResultStream()
            .map(o -> new Owed(o.getId(), o.getArrearsAmount()))
            .toList();
    return ArrearsOutstanding.unpaid(owed, wallets.arrears(key.operatorId(), key.driverId()));
  }
}
