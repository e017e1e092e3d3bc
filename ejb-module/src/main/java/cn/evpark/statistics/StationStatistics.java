package cn.evpark.statistics;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.Station;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 统计分析 (manual 六, money.md §7): stores what the statistics job computed and shows it, scoped to the
 * caller's operator (staff see only their operator's stations).
 */
@Stateless
public class StationStatistics {

  /** The longest range a report covers, in days. */
  public static final int MAX_DAYS = 366;

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;

  /**
   * Replaces the rows of the items' (station, day) keys with the items: a day computed again never
   * counts twice (money.md §7). Called by the batch job's writer, in its chunk transaction.
   */
  public void replace(List<StationDayStatistics> rows) {
    Map<LocalDate, List<Long>> stationsByDay =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    StationDayStatistics::getBusinessDate,
                    TreeMap::new,
                    Collectors.mapping(StationDayStatistics::getStationId, Collectors.toList())));
    stationsByDay.forEach(
        (day, stations) ->
            em.createQuery(
                    "delete from StationDayStatistics s"
                        + " where s.businessDate = :day and s.stationId in :stations")
                .setParameter("day", day)
                .setParameter("stations", stations)
                .executeUpdate());
    rows.forEach(em::persist);
  }

  /**
   * A report's filter.
   *
   * @param stationId one station, or null for every station the caller may see
   * @param from the first business day, inclusive
   * @param to the last business day, inclusive; at most {@link #MAX_DAYS} after {@code from}
   */
  public record Filter(Long stationId, LocalDate from, LocalDate to) {
    public Filter {
      if (from == null || to == null || to.isBefore(from)) {
        throw new IllegalArgumentException("a date range is from ≤ to: " + from + " " + to);
      }
      if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
        throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days");
      }
    }
  }

  /**
   * One line of the report: a station and day, or a total.
   *
   * @param stationName 电站名称; empty in totals
   * @param date 日期; null in the total of a range
   */
  public record Line(
      Long stationId,
      String stationName,
      LocalDate date,
      Money received,
      Energy energy,
      Money electricityFee,
      Money serviceFee,
      Money channelFee,
      Money platformCommission) {

    /** The JPQL constructor of sums (nulls when nothing matched become zero). */
    public Line(
        Long stationId,
        String stationName,
        LocalDate date,
        BigDecimal received,
        BigDecimal energy,
        BigDecimal electricityFee,
        BigDecimal serviceFee,
        BigDecimal channelFee,
        BigDecimal platformCommission) {
      this(
          stationId,
          stationName,
          date,
          money(received),
          energy == null ? Energy.ZERO : new Energy(energy),
          money(electricityFee),
          money(serviceFee),
          money(channelFee),
          money(platformCommission));
    }

    /** The line of a stored row. */
    public Line(StationDayStatistics s, String stationName) {
      this(
          s.getStationId(),
          stationName,
          s.getBusinessDate(),
          s.getReceived(),
          s.getEnergy(),
          s.getElectricityFee(),
          s.getServiceFee(),
          s.getChannelFee(),
          s.getPlatformCommission());
    }

    private static Money money(BigDecimal sum) {
      return sum == null ? Money.ZERO : new Money(sum);
    }
  }

  private static final String SUMS =
      "SUM(s.received), SUM(s.energy), SUM(s.electricity_fee), SUM(s.service_fee),"
          + " SUM(s.channel_fee), SUM(s.platform_commission)";

  /**
   * The report's lines, newest day first, then by station name: {@code max} lines from {@code
   * first}.
   *
   * @throws NotFoundException for a station the caller may not see
   */
  public List<Line> lines(Filter filter, int first, int max) {
    Scope scope = scope(filter);
    ScopedQuery lines =
        ScopedQuery.in(scope, em)
            .from(Station.class, "st")
            .join(", StationDayStatistics s")
            .where("st.id = s.stationId and s.businessDate between :from and :to");
    if (filter.stationId() != null) {
      lines.where("s.stationId = :station");
    }
    TypedQuery<Object[]> q =
        lines
            .orderBy("s.businessDate desc, st.name, s.stationId")
            .select("s, st.name", Object[].class);
    q.setParameter("from", filter.from()).setParameter("to", filter.to());
    if (filter.stationId() != null) {
      q.setParameter("station", filter.stationId());
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList().stream()
        .map(row -> new Line((StationDayStatistics) row[0], (String) row[1]))
        .toList();
  }

  /** How many lines the report has. */
  public long count(Filter filter) {
    return ((Number) sql("SELECT COUNT(*)", filter, "").getSingleResult()).longValue();
  }

  /** 总计: the sums of all the report's lines. */
  public Line total(Filter filter) {
    Object[] sums = (Object[]) sql("SELECT " + SUMS, filter, "").getSingleResult();
    return new Line(
        null,
        "",
        null,
        decimal(sums[0]),
        decimal(sums[1]),
        decimal(sums[2]),
        decimal(sums[3]),
        decimal(sums[4]),
        decimal(sums[5]));
  }

  /** The sums per day of the range (the chart), oldest first; days without rows are absent. */
  public List<Line> perDay(Filter filter) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql(
                "SELECT s.business_date, " + SUMS,
                filter,
                " GROUP BY s.business_date ORDER BY s.business_date")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Line(
                    null,
                    "",
                    toDate(r[0]),
                    decimal(r[1]),
                    decimal(r[2]),
                    decimal(r[3]),
                    decimal(r[4]),
                    decimal(r[5]),
                    decimal(r[6])))
        .toList();
  }

  /** A native query over the filter's rows, {@code s} the statistics and {@code st} the station. */
  private Query sql(String select, Filter filter, String tail) {
    Scope scope = scope(filter);
    Query q =
        em.createNativeQuery(
            select
                + " FROM station_day_statistics s JOIN station st ON st.id = s.station_id"
                + " WHERE s.business_date BETWEEN ?1 AND ?2"
                + (scope.isPlatformWide() ? "" : " AND st.operator_id = ?3")
                + (filter.stationId() == null ? "" : " AND s.station_id = ?4")
                + tail);
    q.setParameter(1, filter.from()).setParameter(2, filter.to());
    scope.operatorId().ifPresent(operator -> q.setParameter(3, operator));
    if (filter.stationId() != null) {
      q.setParameter(4, filter.stationId());
    }
    return q;
  }

  /** The caller's scope, having refused a filter's station outside it as not found. */
  private Scope scope(Filter filter) {
    Scope scope = callers.current();
    if (filter.stationId() != null) {
      Station station = em.find(Station.class, filter.stationId());
      if (station == null) {
        throw new NotFoundException("station.notFound", "no such station");
      }
      scope.check(station.getOperator().getId(), "station.notFound");
    }
    return scope;
  }

  private static BigDecimal decimal(Object value) {
    return value == null || value instanceof BigDecimal
        ? (BigDecimal) value
        : new BigDecimal(value.toString());
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** The stored row of a station and day, unscoped (for the platform's own checks). */
  public Optional<StationDayStatistics> of(StationDayKey key) {
    return em.createQuery(
            "select s from StationDayStatistics s where s.stationId = :st and s.businessDate = :d",
            StationDayStatistics.class)
        .setParameter("st", key.stationId())
        .setParameter("d", key.businessDate())
        .getResultStream()
        .findFirst();
  }
}
