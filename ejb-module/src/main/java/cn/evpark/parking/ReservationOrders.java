package cn.evpark.parking;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The 预约订单 list for staff (manual 5.3): the reservations in the caller's scope, filtered. */
@Stateless
public class ReservationOrders {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB StationService stations;

  /** A page of rows and how many match in all. */
  public record Page(List<ReservationRow> rows, long total) {}

  /** One page of the matching reservations, the latest booked first. */
  public Page search(PlateFilter filter, int first, int size) {
    TypedQuery<Long> count = filter.bind(matching(filter).select("count(r)", Long.class));
    TypedQuery<Reservation> query =
        filter.bind(
            matching(filter).orderBy("r.bookedAt desc, r.id desc").select("r", Reservation.class));
    List<Reservation> found = query.setFirstResult(first).setMaxResults(size).getResultList();
    return new Page(rows(found), count.getSingleResult());
  }

  private ScopedQuery matching(PlateFilter filter) {
    return filter.applyTo(
        ScopedQuery.in(callers.current(), em).from(Reservation.class, "r"), "r", "r.bookedAt");
  }

  private List<ReservationRow> rows(List<Reservation> found) {
    Map<Long, String> names =
        stations.namesOf(found.stream().map(Reservation::getStationId).distinct().toList());
    List<Long> eventIds =
        found.stream()
            .flatMap(r -> Stream.of(r.getEntryEventId(), r.getExitEventId()))
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    Map<Long, BayEvent> events = new HashMap<>();
    if (!eventIds.isEmpty()) {
      events.putAll(
          ScopedQuery.in(callers.current(), em)
              .from(BayEvent.class, "e")
              .where("e.id in :ids")
              .select("e", BayEvent.class)
              .setParameter("ids", eventIds)
              .getResultStream()
              .collect(Collectors.toMap(BayEvent::getId, Function.identity())));
    }
    return found.stream()
        .map(
            r -> {
              BayEvent entry = r.getEntryEventId().map(events::get).orElse(null);
              BayEvent exit = r.getExitEventId().map(events::get).orElse(null);
              return new ReservationRow(
                  r.getId(),
                  r.getOrderNo(),
                  r.getPlate(),
                  names.getOrDefault(r.getStationId(), ""),
                  r.getBayNumber(),
                  r.getFee().yuan(),
                  r.getState(),
                  r.getMinutes(),
                  BusinessCalendar.toLocal(r.getBookedAt()),
                  BusinessCalendar.toLocal(r.getEndsAt()),
                  r.getEndedAt().map(BusinessCalendar::toLocal).orElse(null),
                  entry == null ? null : BusinessCalendar.toLocal(entry.getEventTime()),
                  entry == null ? null : entry.getId(),
                  entry != null && entry.hasPhoto(),
                  exit == null ? null : BusinessCalendar.toLocal(exit.getEventTime()),
                  exit == null ? null : exit.getId(),
                  exit != null && exit.hasPhoto(),
                  r.getIntruderPlate().orElse(null),
                  r.getLockState(),
                  r.getLockError().orElse(null));
            })
        .toList();
  }
}
