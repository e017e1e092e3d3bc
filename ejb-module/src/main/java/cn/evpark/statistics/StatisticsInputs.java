package cn.evpark.statistics;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
   * The sums of the next stations of the selection with ids in {@code (after, last]}, in id order,
   * for each business day of {@code [from, to]}: one list per station, one item per day in order,
   * zero figures for a day without orders.
   *
   * @param from the first business day (Asia/Shanghai)
   * @param to the last business day, {@code from} or later
   * @param arrearsPaid the days' arrears payments per station and day ({@link #arrearsPaidBetween})
   */
  public List<List<StationDayInputs>> stationsAfter(
      LocalDate from,
      LocalDate to,
      StationSelection selection,
      long after,
      long last,
      int limit,
      Map<StationDayKey, Money> arrearsPaid) {
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
    Map<StationDayKey, Object[]> sums = orderSums(from, to, first, end);
    List<List<StationDayInputs>> inputs = new ArrayList<>(rows.size());
    for (Object[] station : rows) {
      long id = toLong(station[0]);
      List<StationDayInputs> days = new ArrayList<>();
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        StationDayKey key = new StationDayKey(id, day);
        Object[] sum = sums.get(key);
        days.add(
            new StationDayInputs(
                key,
                toLong(station[1]),
                sum == null || sum[2] == null ? Energy.ZERO : new Energy(decimal(sum[2])),
                money(sum, 3),
                money(sum, 4),
                money(sum, 5),
                money(sum, 6),
                arrearsPaid.getOrDefault(key, Money.ZERO),
                decimal(station[2]),
                decimal(station[3])));
      }
      inputs.add(days);
    }
    return inputs;
  }

  /**
   * Σ per station and business day of the settled orders of stations {@code [first, last]} whose
   * charging ended in {@code [from, to]}. The day is counted in whole days from the start of {@code
   * from}: Asia/Shanghai keeps UTC+8 all year, so every business day is 86,400 s of stored time.
   */
  private Map<StationDayKey, Object[]> orderSums(
      LocalDate from, LocalDate to, long first, long last) {
    // the start as a literal, so that the day's expression is the same text in SELECT and GROUP BY
    String day =
        "FLOOR(TIMESTAMPDIFF(SECOND, TIMESTAMP '"
            + BusinessCalendar.dayStart(from).format(SQL_TIMESTAMP)
            + "', o.ended_at) / 86400)";
    Query q =
        em.createNativeQuery(
            "SELECT o.station_id, "
                + day
                + ", SUM(o.energy), SUM(o.electricity_fee), SUM(o.service_fee), SUM(o.paid_amount),"
                + " SUM(CASE WHEN a.kind = 'WALLET' THEN o.paid_amount ELSE 0 END)"
                + " FROM charging_order o LEFT JOIN ledger_account a ON a.id = o.account_id"
                + " WHERE o.ended_at >= ?1 AND o.ended_at < ?2 AND o.station_id BETWEEN ?3 AND ?4"
                + " AND o.state = 'SETTLED'"
                + " GROUP BY o.station_id, "
                + day);
    q.setParameter(1, BusinessCalendar.dayStart(from))
        .setParameter(2, BusinessCalendar.dayStart(to.plusDays(1)))
        .setParameter(3, first)
        .setParameter(4, last);
    Map<StationDayKey, Object[]> sums = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    rows.forEach(
        row -> sums.put(new StationDayKey(toLong(row[0]), from.plusDays(toLong(row[1]))), row));
    return sums;
  }

  /**
   * The arrears paid on each business day of {@code [from, to]}, per station of the orders they
   * paid for ({@link ArrearsAllocation}: oldest arrears first). Arrears arise from charging orders'
   * settlement and from stays' occupancy fees beyond their deposit (parking.md §3), and are paid by
   * the transactions that credit the driver's arrears account: {@code ARREARS_PAYMENT}, and {@code
   * OCCUPANCY_OFFLINE_COLLECTION} (what staff collected offline). A stay's arrears take their turn
   * among the driver's, and what pays them counts for no station's charging.
   *
   * @return yuan per (station, day); pairs paid nothing are absent
   */
  public Map<StationDayKey, Money> arrearsPaidBetween(LocalDate from, LocalDate to) {
    LocalDateTime start = BusinessCalendar.dayStart(from);
    Query payments =
        em.createNativeQuery(
            "SELECT a.operator_id, a.holder_id, t.posted_at, e.amount FROM ledger_transaction t"
                + " JOIN ledger_entry e ON e.transaction_id = t.id"
                + " JOIN ledger_account a ON a.id = e.account_id"
                + " WHERE t.kind IN "
                + ARREARS_PAYMENTS
                + " AND a.kind = 'ARREARS'"
                + " AND t.posted_at >= ?1 AND t.posted_at < ?2");
    payments.setParameter(1, start).setParameter(2, BusinessCalendar.dayStart(to.plusDays(1)));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = payments.getResultList();
    Map<List<Long>, SortedMap<LocalDate, Money>> byPayer = new LinkedHashMap<>();
    for (Object[] row : rows) {
      LocalDate day = BusinessCalendar.toLocal(toLocalDateTime(row[2])).toLocalDate();
      byPayer
          .computeIfAbsent(List.of(toLong(row[0]), toLong(row[1])), k -> new TreeMap<>())
          .merge(day, new Money(decimal(row[3])), Money::plus);
    }
    List<List<Long>> payers = new ArrayList<>(byPayer.keySet());
    Map<StationDayKey, Money> paid = new HashMap<>();
    for (int i = 0; i < payers.size(); i += PAYERS_PER_QUERY) {
      List<List<Long>> some = payers.subList(i, Math.min(payers.size(), i + PAYERS_PER_QUERY));
      List<Long> drivers = some.stream().map(p -> p.get(1)).distinct().toList();
      Map<List<Long>, List<ArrearsAllocation.OwedOrder>> owed = owedOrders(drivers);
      Map<List<Long>, Money> before = paidBefore(drivers, start);
      for (List<Long> payer : some) {
        ArrearsAllocation.paidOnDays(
                owed.getOrDefault(payer, List.of()),
                before.getOrDefault(payer, Money.ZERO),
                byPayer.get(payer))
            .forEach((key, amount) -> paid.merge(key, amount, Money::plus));
      }
    }
    return paid;
  }

  private static final DateTimeFormatter SQL_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The kinds of transaction that pay arrears, as SQL. */
  private static final String ARREARS_PAYMENTS =
      "('ARREARS_PAYMENT', 'OCCUPANCY_OFFLINE_COLLECTION')";

  /** Payers whose arrears are read with one query. */
  static final int PAYERS_PER_QUERY = 500;

  /** The drivers' arrears orders per (operator, driver), oldest settlement first. */
  private Map<List<Long>, List<ArrearsAllocation.OwedOrder>> owedOrders(List<Long> drivers) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT operator_id, driver_id, station_id, arrears_amount, 1 AS charging,"
                    + " settled_at, id FROM charging_order WHERE driver_id IN ("
                    + ids(drivers)
                    + ") AND state = 'SETTLED' AND arrears_amount > 0"
                    + " UNION ALL SELECT operator_id, driver_id, station_id, arrears_amount, 0,"
                    + " settled_at, id FROM occupancy_order WHERE driver_id IN ("
                    + ids(drivers)
                    + ") AND state = 'SETTLED' AND arrears_amount > 0"
                    // oldest first, a charging order before a stay settled at the same time
                    + " ORDER BY 1, 2, 6, 5 DESC, 7")
            .getResultList();
    Map<List<Long>, List<ArrearsAllocation.OwedOrder>> owed = new HashMap<>();
    for (Object[] r : rows) {
      owed.computeIfAbsent(List.of(toLong(r[0]), toLong(r[1])), k -> new ArrayList<>())
          .add(
              new ArrearsAllocation.OwedOrder(
                  toLong(r[2]), new Money(decimal(r[3])), toLong(r[4]) == 1));
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
                    + ") AND t.kind IN "
                    + ARREARS_PAYMENTS
                    + " AND t.posted_at < ?1"
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

  private static LocalDateTime toLocalDateTime(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }

  private static long toLong(Object value) {
    return ((Number) value).longValue();
  }
}
