package cn.evpark.statistics;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the statistics job sums (money.md §7): settled charging orders by the business day
 * their charging ended, and arrears payments by the day they were posted, per station. A read model
 * over the charging, wallet, station and operator tables; it changes nothing.
 *
 * <p>Called by the platform's batch job only, which asks for no scope (architecture.md, Security):
 * the job's own parameters (operator, station) narrow what it reads.
 */
@Stateless
public class StatisticsInputs {

  @PersistenceContext EntityManager em;

  /**
   * Which stations a run covers.
   *
   * @param operatorId only this operator's stations, or null for all
   * @param stationId only this station, or null for all
   */
  public record StationSelection(Long operatorId, Long stationId) {}

  /**
   * The lowest and highest station id of the selection: the range the job partitions.
   *
   * @return empty when the selection has no station
   */
  public Optional<long[]> stationIdRange(StationSelection selection) {
    Query q =
        em.createNativeQuery(
            "SELECT MIN(s.id), MAX(s.id) FROM station s WHERE " + condition(selection));
    Object[] row = (Object[]) q.getSingleResult();
    if (row[0] == null) {
      return Optional.empty();
    }
    return Optional.of(new long[] {toLong(row[0]), toLong(row[1])});
  }

  /**
   * The day's sums of the next stations of the selection with ids in {@code (after, last]}, in id
   * order: one item per station, zero figures for a station without orders.
   *
   * @param day the business day (Asia/Shanghai)
   * @param arrearsPaid the day's arrears payments per station ({@link #arrearsPaidOn})
   */
  public List<StationDayInputs> stationsAfter(
      LocalDate day,
      StationSelection selection,
      long after,
      long last,
      int limit,
      Map<Long, Money> arrearsPaid) {
    Query stations =
        em.createNativeQuery(
            "SELECT s.id, s.operator_id, s.payment_fee_percent, o.platform_commission_percent"
                + " FROM station s JOIN operator o ON o.id = s.operator_id"
                + " WHERE s.id > ?1 AND s.id <= ?2 AND "
                + condition(selection)
                + " ORDER BY s.id LIMIT "
                + limit);
    stations.setParameter(1, after).setParameter(2, last);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = stations.getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    long first = toLong(rows.get(0)[0]);
    long end = toLong(rows.get(rows.size() - 1)[0]);
    Map<Long, Object[]> sums = orderSums(day, first, end);
    List<StationDayInputs> inputs = new ArrayList<>(rows.size());
    for (Object[] station : rows) {
      long id = toLong(station[0]);
      Object[] sum = sums.get(id);
      inputs.add(
          new StationDayInputs(
              new StationDayKey(id, day),
              toLong(station[1]),
              sum == null ? Energy.ZERO : new Energy(decimal(sum[1])),
              money(sum, 2),
              money(sum, 3),
              money(sum, 4),
              money(sum, 5),
              arrearsPaid.getOrDefault(id, Money.ZERO),
              decimal(station[2]),
              decimal(station[3])));
    }
    return inputs;
  }

  /** Σ per station of the settled orders of stations {@code [first, last]} ended on the day. */
  private Map<Long, Object[]> orderSums(LocalDate day, long first, long last) {
    Query q =
        em.createNativeQuery(
            "SELECT o.station_id, SUM(o.energy), SUM(o.electricity_fee), SUM(o.service_fee),"
                + " SUM(o.paid_amount),"
                + " SUM(CASE WHEN a.kind = 'WALLET' THEN o.paid_amount ELSE 0 END)"
                + " FROM charging_order o LEFT JOIN ledger_account a ON a.id = o.account_id"
                + " WHERE o.ended_at >= ?1 AND o.ended_at < ?2 AND o.station_id BETWEEN ?3 AND ?4"
                + " AND o.state = 'SETTLED'"
                + " GROUP BY o.station_id");
    q.setParameter(1, BusinessCalendar.dayStart(day))
        .setParameter(2, BusinessCalendar.dayStart(day.plusDays(1)))
        .setParameter(3, first)
        .setParameter(4, last);
    Map<Long, Object[]> sums = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    rows.forEach(row -> sums.put(toLong(row[0]), row));
    return sums;
  }

  /**
   * The arrears paid on the day, per station of the orders they paid for ({@link
   * ArrearsAllocation}: oldest arrears first). Arrears arise only from charging orders' settlement
   * and are paid only by {@code ARREARS_PAYMENT} transactions, which credit the driver's arrears
   * account.
   *
   * @return yuan per station id; stations paid nothing are absent
   */
  public Map<Long, Money> arrearsPaidOn(LocalDate day) {
    LocalDateTime start = BusinessCalendar.dayStart(day);
    Query payers =
        em.createNativeQuery(
            "SELECT a.operator_id, a.holder_id, SUM(e.amount) FROM ledger_transaction t"
                + " JOIN ledger_entry e ON e.transaction_id = t.id"
                + " JOIN ledger_account a ON a.id = e.account_id"
                + " WHERE t.kind = 'ARREARS_PAYMENT' AND a.kind = 'ARREARS'"
                + " AND t.posted_at >= ?1 AND t.posted_at < ?2"
                + " GROUP BY a.operator_id, a.holder_id");
    payers.setParameter(1, start).setParameter(2, BusinessCalendar.dayStart(day.plusDays(1)));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = payers.getResultList();
    Map<Long, Money> byStation = new HashMap<>();
    for (int from = 0; from < rows.size(); from += PAYERS_PER_QUERY) {
      List<Object[]> some = rows.subList(from, Math.min(rows.size(), from + PAYERS_PER_QUERY));
      List<Long> drivers = some.stream().map(r -> toLong(r[1])).distinct().toList();
      Map<List<Long>, List<ArrearsAllocation.OwedOrder>> owed = owedOrders(drivers);
      Map<List<Long>, Money> before = paidBefore(drivers, start);
      for (Object[] payer : some) {
        List<Long> key = List.of(toLong(payer[0]), toLong(payer[1]));
        ArrearsAllocation.paidOnDay(
                owed.getOrDefault(key, List.of()),
                before.getOrDefault(key, Money.ZERO),
                new Money(decimal(payer[2])))
            .forEach((station, amount) -> byStation.merge(station, amount, Money::plus));
      }
    }
    return byStation;
  }

  /** Payers whose arrears are read with one query. */
  static final int PAYERS_PER_QUERY = 500;

  /** The drivers' arrears orders per (operator, driver), oldest settlement first. */
  private Map<List<Long>, List<ArrearsAllocation.OwedOrder>> owedOrders(List<Long> drivers) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT operator_id, driver_id, station_id, arrears_amount FROM charging_order"
                    + " WHERE driver_id IN ("
                    + ids(drivers)
                    + ") AND state = 'SETTLED' AND arrears_amount > 0"
                    + " ORDER BY operator_id, driver_id, settled_at, id")
            .getResultList();
    Map<List<Long>, List<ArrearsAllocation.OwedOrder>> owed = new HashMap<>();
    for (Object[] r : rows) {
      owed.computeIfAbsent(List.of(toLong(r[0]), toLong(r[1])), k -> new ArrayList<>())
          .add(new ArrearsAllocation.OwedOrder(toLong(r[2]), new Money(decimal(r[3]))));
    }
    return owed;
  }

  /** What the drivers paid towards their arrears before {@code start}, per (operator, driver). */
  private Map<List<Long>, Money> paidBefore(List<Long> drivers, LocalDateTime start) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.operator_id, a.holder_id, SUM(e.amount) FROM ledger_account a"
                    + " JOIN ledger_entry e ON e.account_id = a.id"
                    + " JOIN ledger_transaction t ON t.id = e.transaction_id"
                    + " WHERE a.kind = 'ARREARS' AND a.holder_id IN ("
                    + ids(drivers)
                    + ") AND t.kind = 'ARREARS_PAYMENT' AND t.posted_at < ?1"
                    + " GROUP BY a.operator_id, a.holder_id")
            .setParameter(1, start)
            .getResultList();
    Map<List<Long>, Money> paid = new HashMap<>();
    rows.forEach(r -> paid.put(List.of(toLong(r[0]), toLong(r[1])), new Money(decimal(r[2]))));
    return paid;
  }

  /** Ids as an SQL list; they are numbers, written as literals. */
  private static String ids(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
  }

  /** The selection as SQL over station {@code s}; its ids are numbers, written as literals. */
  private static String condition(StationSelection selection) {
    return (selection.operatorId() == null ? "1 = 1" : "s.operator_id = " + selection.operatorId())
        + (selection.stationId() == null ? "" : " AND s.id = " + selection.stationId());
  }

  private static Money money(Object[] sum, int column) {
    return sum == null || sum[column] == null ? Money.ZERO : new Money(decimal(sum[column]));
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  private static long toLong(Object value) {
    return ((Number) value).longValue();
  }
}
