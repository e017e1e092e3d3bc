package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.parking.ArrearsOutstanding.Owed;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.station.StationService;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.InvalidDriverException;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arrears records (欠费记录, {@code parking.md §5}): the settled charging orders their accounts
 * could not pay in full and the stays whose deposit did not cover their fee, each with what is
 * still owed of it, for staff (the caller's scope, filtered) and for the driver who owes them.
 *
 * <p>Both kinds of order keep their arrears in the same columns ({@code driverId}, {@code
 * stationId}, {@code settledAt}, {@code arrearsAmount}), so each query runs once per kind with the
 * same conditions and the two are merged by {@code settledAt}: the newest first for lists, the
 * oldest first for what payments settled ({@link ArrearsOutstanding}, the order {@code
 * statistics.StatisticsInputs} allocates payments in).
 */
@Stateless
public class ArrearsRecords {

  /** The two kinds of order with arrears, each with its entity. */
  private static final Map<ArrearsRow.Kind, Class<?>> SOURCES =
      Map.of(
          ArrearsRow.Kind.CHARGING,
          ChargingOrder.class,
          ArrearsRow.Kind.OCCUPANCY,
          OccupancyOrder.class);

  /** Oldest settlement first; on a tie charging orders before stays, then by id. */
  private static final Comparator<Debt> OLDEST_FIRST =
      Comparator.comparing(Debt::settledAt).thenComparing(Debt::kind).thenComparing(Debt::id);

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB Drivers drivers;
  @EJB Wallets wallets;
  @EJB StationService stations;

  /** A page of records and how many match in all. */
  public record Page(List<ArrearsRow> rows, long total) {}

  /** What a driver owes one operator now, and the records it comes from, the newest first. */
  public record Owing(long operatorId, Money owed, List<ArrearsRow> records) {}

  /** An order with arrears, of either kind; times UTC. */
  private record Debt(
      ArrearsRow.Kind kind,
      long id,
      String orderNo,
      long operatorId,
      long stationId,
      long driverId,
      LocalDateTime settledAt,
      Money total,
      Money arrears) {

    DriverAtOperator owner() {
      return new DriverAtOperator(driverId, operatorId);
    }
  }

  private record DriverAtOperator(long driverId, long operatorId) {}

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
    Scope scope = callers.current();
    long total = 0;
    List<Debt> found = new ArrayList<>();
    for (ArrearsRow.Kind kind : ArrearsRow.Kind.values()) {
      TypedQuery<Long> count = matching(scope, kind, filter, driver).select("count(o)", Long.class);
      bind(count, filter, driver);
      total += count.getSingleResult();
      // the page's rows are among the first first + size of each kind
      found.addAll(
          debts(kind, matching(scope, kind, filter, driver), filter, driver, first + size));
    }
    List<Debt> page =
        found.stream().sorted(OLDEST_FIRST.reversed()).skip(first).limit(size).toList();
    return new Page(rows(page, scope), total);
  }

  /** What the driver owes each operator, with its records; operators owed nothing are left out. */
  public List<Owing> ofDriver(long driverId) {
    ArrearsFilter none = ArrearsFilter.NONE;
    Optional<Long> driver = Optional.of(driverId);
    List<Debt> all = new ArrayList<>();
    for (ArrearsRow.Kind kind : ArrearsRow.Kind.values()) {
      all.addAll(
          debts(
              kind,
              matching(Scope.platform(), kind, none, driver),
              none,
              driver,
              Integer.MAX_VALUE));
    }
    all.sort(OLDEST_FIRST.reversed());
    Map<Long, List<Debt>> byOperator = new LinkedHashMap<>();
    all.forEach(d -> byOperator.computeIfAbsent(d.operatorId(), k -> new ArrayList<>()).add(d));
    // the driver sees the names of the stations it charged and parked at, whichever operator's
    List<ArrearsRow> rows = rows(all, Scope.platform());
    Map<String, ArrearsRow> byNo = new HashMap<>();
    rows.forEach(r -> byNo.put(r.orderNo(), r));
    return byOperator.entrySet().stream()
        .map(
            e ->
                new Owing(
                    e.getKey(),
                    wallets.arrears(e.getKey(), driverId),
                    e.getValue().stream().map(d -> byNo.get(d.orderNo())).toList()))
        .filter(o -> o.owed().isPositive())
        .toList();
  }

  /**
   * What is still owed of each of a driver's records at one operator ({@link ArrearsOutstanding}).
   *
   * @return yuan by 订单编号, every record present (zero when paid)
   */
  public Map<String, Money> unpaid(long driverId, long operatorId) {
    return unpaidOf(new DriverAtOperator(driverId, operatorId));
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

  private ScopedQuery matching(
      Scope scope, ArrearsRow.Kind kind, ArrearsFilter filter, Optional<Long> driver) {
    ScopedQuery query =
        ScopedQuery.in(scope, em)
            .from(SOURCES.get(kind), "o")
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

  /** The first {@code max} debts of the query, the latest settled first. */
  private List<Debt> debts(
      ArrearsRow.Kind kind,
      ScopedQuery matching,
      ArrearsFilter filter,
      Optional<Long> driver,
      int max) {
    TypedQuery<Object> query =
        matching.orderBy("o.settledAt desc, o.id desc").select("o", Object.class);
    bind(query, filter, driver);
    return query.setMaxResults(max).getResultStream().map(o -> debt(kind, o)).toList();
  }

  private static Debt debt(ArrearsRow.Kind kind, Object order) {
    if (order instanceof ChargingOrder o) {
      return new Debt(
          kind,
          o.getId(),
          o.getOrderNo(),
          o.getOperatorId(),
          o.getStationId(),
          o.getDriverId().orElseThrow(),
          o.getSettledAt(),
          o.getTotalAmount(),
          o.getArrearsAmount());
    }
    OccupancyOrder s = (OccupancyOrder) order;
    return new Debt(
        kind,
        s.getId(),
        s.getOrderNo(),
        s.getOperatorId(),
        s.getStationId(),
        s.getDriverId().orElseThrow(),
        s.getSettledAt().orElseThrow(),
        s.getFee().orElseThrow(),
        s.getArrearsAmount());
  }

  /**
   * The debts as rows, each with its unpaid part: per (driver, operator) of the page, one read of
   * that driver's records there and one of the arrears account; station names as {@code scope} sees
   * them.
   */
  private List<ArrearsRow> rows(List<Debt> debts, Scope scope) {
    Map<Long, String> names =
        stations.namesOf(debts.stream().map(Debt::stationId).distinct().toList(), scope);
    Map<Long, String> phones =
        drivers.phonesOf(debts.stream().map(Debt::driverId).distinct().toList());
    Map<String, Money> unpaid = new HashMap<>();
    debts.stream().map(Debt::owner).distinct().forEach(key -> unpaid.putAll(unpaidOf(key)));
    return debts.stream()
        .map(
            d ->
                new ArrearsRow(
                    d.kind(),
                    d.orderNo(),
                    phones.getOrDefault(d.driverId(), ""),
                    names.getOrDefault(d.stationId(), ""),
                    BusinessCalendar.toLocal(d.settledAt()),
                    d.total().yuan(),
                    d.arrears().yuan(),
                    unpaid.getOrDefault(d.orderNo(), Money.ZERO).yuan()))
        .toList();
  }

  private Map<String, Money> unpaidOf(DriverAtOperator key) {
    ArrearsFilter none = ArrearsFilter.NONE;
    Optional<Long> driver = Optional.of(key.driverId());
    List<Debt> all = new ArrayList<>();
    for (ArrearsRow.Kind kind : ArrearsRow.Kind.values()) {
      all.addAll(
          debts(
              kind,
              matching(Scope.operator(key.operatorId()), kind, none, driver),
              none,
              driver,
              Integer.MAX_VALUE));
    }
    List<Owed> owed =
        all.stream().sorted(OLDEST_FIRST).map(d -> new Owed(d.orderNo(), d.arrears())).toList();
    return ArrearsOutstanding.unpaid(owed, wallets.arrears(key.operatorId(), key.driverId()));
  }
}
