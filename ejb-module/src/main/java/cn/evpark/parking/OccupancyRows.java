package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stays as the 占位订单 rows show them (manual 5.4): with their station, session, camera events and
 * what is still owed of each, read in a few statements per page whatever its size.
 */
@Stateless
public class OccupancyRows {

  @PersistenceContext EntityManager em;
  @EJB StationService stations;
  @EJB ArrearsRecords arrears;

  /**
   * The rows of {@code stays}, in their order.
   *
   * @param scope what the reader sees (station names of other operators stay empty)
   */
  public List<OccupancyRow> of(List<OccupancyOrder> stays, Scope scope) {
    if (stays.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names =
        stations.namesOf(
            stays.stream().map(OccupancyOrder::getStationId).distinct().toList(), scope);
    Map<Long, ChargingOrder> sessions =
        entities(
            ChargingOrder.class,
            stays.stream().flatMap(s -> s.getChargingOrderId().stream()),
            ChargingOrder::getId);
    Map<Long, BayEvent> events =
        entities(
            BayEvent.class,
            stays.stream()
                .flatMap(s -> Stream.of(s.getEntryEventId(), s.getExitEventId()))
                .flatMap(Optional::stream),
            BayEvent::getId);
    Map<String, Money> unpaid = new HashMap<>();
    stays.stream()
        .filter(s -> s.getArrearsAmount().isPositive() && s.getDriverId().isPresent())
        .map(s -> List.of(s.getDriverId().get(), s.getOperatorId()))
        .distinct()
        .forEach(owner -> unpaid.putAll(arrears.unpaid(owner.get(0), owner.get(1))));
    return stays.stream().map(s -> row(s, names, sessions, events, unpaid)).toList();
  }

  private static OccupancyRow row(
      OccupancyOrder s,
      Map<Long, String> names,
      Map<Long, ChargingOrder> sessions,
      Map<Long, BayEvent> events,
      Map<String, Money> unpaidByNo) {
    ChargingOrder session = s.getChargingOrderId().map(sessions::get).orElse(null);
    BayEvent entry = s.getEntryEventId().map(events::get).orElse(null);
    BayEvent exit = s.getExitEventId().map(events::get).orElse(null);
    boolean settled = !s.getState().isOpen();
    Money unpaid =
        !settled
            ? null
            : s.getDriverId().isPresent()
                ? unpaidByNo.getOrDefault(s.getOrderNo(), Money.ZERO)
                : s.uncollected();
    Money fee = s.getFee().orElse(null);
    return new OccupancyRow(
        s.getId(),
        s.getOrderNo(),
        s.getPlate().orElse(""),
        names.getOrDefault(s.getStationId(), ""),
        s.getBayNumber(),
        session == null ? null : session.getOrderNo(),
        session == null ? null : session.getState().name(),
        s.getState(),
        settlement(settled, fee, unpaid),
        s.getKind().orElse(null),
        session == null ? null : BusinessCalendar.toLocal(session.getStartedAt()),
        session == null || session.getEndedAt() == null
            ? null
            : BusinessCalendar.toLocal(session.getEndedAt()),
        s.getEnteredAt().map(BusinessCalendar::toLocal).orElse(null),
        entry == null ? null : entry.getId(),
        entry != null && entry.hasPhoto(),
        s.getLeftAt().map(BusinessCalendar::toLocal).orElse(null),
        exit == null ? null : exit.getId(),
        exit != null && exit.hasPhoto(),
        s.getFreeMinutes().orElse(null),
        s.getOccupiedMinutes().orElse(null),
        yuan(fee),
        s.getOfflineCollected().yuan(),
        fee == null ? null : fee.minus(unpaid).yuan(),
        s.getDeposit().map(Money::yuan).orElse(null),
        s.getRefund().map(Money::yuan).orElse(null),
        settled ? s.getArrearsAmount().yuan() : null,
        yuan(unpaid));
  }

  private static OccupancyRow.Settlement settlement(boolean settled, Money fee, Money unpaid) {
    if (!settled) {
      return OccupancyRow.Settlement.UNSETTLED;
    }
    if (fee.isZero()) {
      return OccupancyRow.Settlement.NO_FEE;
    }
    return unpaid.isPositive() ? OccupancyRow.Settlement.OWING : OccupancyRow.Settlement.PAID;
  }

  private static BigDecimal yuan(Money money) {
    return money == null ? null : money.yuan();
  }

  private <T> Map<Long, T> entities(Class<T> entity, Stream<Long> ids, Function<T, Long> id) {
    Collection<Long> wanted = ids.distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return ScopedQuery.in(Scope.platform(), em)
        .from(entity, "e")
        .where("e.id in :ids")
        .select("e", entity)
        .setParameter("ids", wanted)
        .getResultStream()
        .collect(Collectors.toMap(id, Function.identity()));
  }
}
