package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 减免订单 and 减免汇总 for staff (manual 5.2, {@code parking.md §4}): the reductions in the caller's
 * scope, filtered, and their totals per station and business day.
 */
@Stateless
public class ReductionOrders {

  /** The longest range 减免汇总 totals at once, in days. */
  public static final int SUMMARY_MAX_DAYS = 92;

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB Reductions reductions;

  /** A page of rows and how many match in all. */
  public record Page(List<ReductionRow> rows, long total) {}

  /** One page of the matching reductions, the latest written first. */
  public Page search(PlateFilter filter, int first, int size) {
    Scope scope = callers.current();
    TypedQuery<Long> count = filter.bind(matching(scope, filter).select("count(r)", Long.class));
    TypedQuery<ReductionOrder> query =
        filter.bind(
            matching(scope, filter)
                .orderBy("r.createdAt desc, r.id desc")
                .select("r", ReductionOrder.class));
    List<ReductionOrder> found = query.setFirstResult(first).setMaxResults(size).getResultList();
    return new Page(rows(found), count.getSingleResult());
  }

  /**
   * 重新下发 of a reduction that failed: its row as it is now.
   *
   * @see Reductions#reissue
   */
  public ReductionRow reissue(String orderNo) {
    return rows(List.of(reductions.reissue(orderNo))).get(0);
  }

  /**
   * 减免汇总: the reductions of the filter's days per station and day, the latest day first, then by
   * station name.
   *
   * @throws IllegalArgumentException when the range has no start or end, ends before it starts, or
   *     is longer than {@value #SUMMARY_MAX_DAYS} days
   */
  public List<ReductionSummaryRow> summary(PlateFilter filter) {
    if (filter.from() == null
        || filter.to() == null
        || filter.to().isBefore(filter.from())
        || filter.from().plusDays(SUMMARY_MAX_DAYS).isBefore(filter.to())) {
      throw new IllegalArgumentException(
          "a summary covers 1 to " + SUMMARY_MAX_DAYS + " days: " + filter);
    }
    Scope scope = callers.current();
    TypedQuery<ReductionOrder> query =
        filter.bind(matching(scope, filter).orderBy("r.id").select("r", ReductionOrder.class));
    Map<List<Object>, List<ReductionOrder>> byStationDay = new TreeMap<>(KEY_ORDER);
    for (ReductionOrder r : query.getResultList()) {
      LocalDate day = BusinessCalendar.toLocal(r.getCreatedAt()).toLocalDate();
      byStationDay.computeIfAbsent(List.of(day, r.getStationId()), k -> new ArrayList<>()).add(r);
    }
    Map<Long, String> names =
        stations.namesOf(
            byStationDay.keySet().stream().map(k -> (Long) k.get(1)).distinct().toList());
    List<ReductionSummaryRow> rows = new ArrayList<>();
    byStationDay.forEach(
        (key, orders) ->
            rows.add(
                new ReductionSummaryRow(
                    (Long) key.get(1),
                    names.getOrDefault((Long) key.get(1), ""),
                    (LocalDate) key.get(0),
                    orders.size(),
                    count(orders, IssueState.SENT),
                    count(orders, IssueState.FAILED),
                    orders.stream().filter(r -> r.getRedeemedAt().isPresent()).count(),
                    orders.stream()
                        .filter(r -> r.getKind() == ReductionKind.MINUTES)
                        .mapToLong(r -> r.getValue().longValue())
                        .sum(),
                    orders.stream()
                        .filter(r -> r.getKind() == ReductionKind.AMOUNT)
                        .map(ReductionOrder::getValue)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))));
    return rows.stream()
        .sorted(
            Comparator.comparing(ReductionSummaryRow::day)
                .reversed()
                .thenComparing(ReductionSummaryRow::stationName))
        .toList();
  }

  /** (day, station) keys, in order. */
  private static final Comparator<List<Object>> KEY_ORDER =
      Comparator.<List<Object>, LocalDate>comparing(k -> (LocalDate) k.get(0))
          .thenComparing(k -> (Long) k.get(1));

  private static long count(List<ReductionOrder> orders, IssueState state) {
    return orders.stream().filter(r -> r.getDelivery().getState() == state).count();
  }

  private ScopedQuery matching(Scope scope, PlateFilter filter) {
    return filter.applyTo(
        ScopedQuery.in(scope, em).from(ReductionOrder.class, "r"), "r", "r.createdAt");
  }

  private List<ReductionRow> rows(List<ReductionOrder> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names =
        stations.namesOf(found.stream().map(ReductionOrder::getStationId).distinct().toList());
    Map<Long, String> orderNos =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where("o.id in :ids")
            .select("o", ChargingOrder.class)
            .setParameter(
                "ids", found.stream().map(ReductionOrder::getChargingOrderId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(ChargingOrder::getId, ChargingOrder::getOrderNo));
    return found.stream()
        .map(
            r ->
                new ReductionRow(
                    r.getOrderNo(),
                    r.content(),
                    names.getOrDefault(r.getStationId(), ""),
                    r.getPlate(),
                    r.getKind(),
                    r.getValue(),
                    orderNos.get(r.getChargingOrderId()),
                    BusinessCalendar.toLocal(r.getCreatedAt()),
                    r.getDelivery().getIssuedAt().map(BusinessCalendar::toLocal).orElse(null),
                    r.getDelivery().getState(),
                    r.getDelivery().getAttempts(),
                    r.getDelivery().getLastError().orElse(null),
                    r.getRedeemedAt().map(BusinessCalendar::toLocal).orElse(null)))
        .toList();
  }
}
