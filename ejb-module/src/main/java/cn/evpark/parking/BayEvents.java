package cn.evpark.parking;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events the stations' parking devices report at their bays ({@code parking.md §1}): taken once
 * per device event id, checked whole before anything is kept, each with its photo in the {@link
 * PhotoStore}.
 *
 * <p>Events are kept as the devices saw them, with their own time: one that arrives late (a device
 * that was offline) is kept with the time it happened, so whoever reads a bay's history orders it
 * by that time, and a late or repeated event changes nothing twice.
 */
@Stateless
public class BayEvents {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB PhotoStore photos;
  @EJB Bays bays;
  @EJB ReservationEnds reservationEnds;
  @EJB Occupancies occupancies;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /** What became of a report. */
  public record Received(long id, boolean repeated) {}

  /**
   * Takes an event a station's device reported.
   *
   * @param stationId the station whose key signed the call ({@link ParkingKeys#authenticate})
   * @return the event's id; {@code repeated} when the station had it already, which is then kept as
   *     it was
   * @throws cn.evpark.shared.RuleViolationException {@code parking.event.invalid} with one
   *     violation per bad field (code {@code parking.bay.unknown} for a bay no pile of the station
   *     has); nothing is kept
   */
  public Received receive(long stationId, BayEventReport report) {
    Optional<BayEvent> known = find(stationId, report.eventId());
    if (known.isPresent()) {
      return new Received(known.get().getId(), true);
    }
    BayEventCheck check = new BayEventCheck(clock.instant());
    check.eventId(report.eventId());
    BayEventKind kind = check.kind(report.kind());
    Optional<Pile> pile = bay(stationId, report.bayNumber(), check);
    String plate = check.plate(kind, report.plate());
    Instant time = check.time(report.time());
    BayEventCheck.Photo photo = check.photo(report.photo());
    check.throwIfBroken();
    String stored =
        photo == null
            ? null
            : photos.save(photo.bytes(), photo.extension(), BusinessCalendar.businessDay(time));
    BayEvent event =
        new BayEvent(
            pile.orElseThrow().operatorId(),
            stationId,
            report.eventId(),
            kind,
            pile.orElseThrow().getId(),
            report.bayNumber().strip(),
            plate,
            BusinessCalendar.toStored(time),
            stored,
            LocalDateTime.now(clock));
    em.persist(event);
    em.flush(); // the identity id
    reservationEnds.seen(event);
    occupancies.seen(event);
    return new Received(event.getId(), false);
  }

  /**
   * One page of a station's events, the latest seen first.
   *
   * @throws NotFoundException when the station is not in the caller's scope
   */
  public List<BayEventRow> page(long stationId, int first, int size) {
    stations.get(stationId);
    List<BayEvent> events =
        ScopedQuery.in(callers.current(), em)
            .from(BayEvent.class, "e")
            .where("e.stationId = :station")
            .orderBy("e.eventTime desc, e.id desc")
            .select("e", BayEvent.class)
            .setParameter("station", stationId)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    Map<Long, String> codes = pileCodes(events);
    return events.stream()
        .map(
            e ->
                new BayEventRow(
                    e.getId(),
                    e.getDeviceEventId(),
                    e.getKind(),
                    e.getBayNumber(),
                    e.getPileId().map(codes::get).orElse(""),
                    e.getPlate().orElse(""),
                    BusinessCalendar.toLocal(e.getEventTime()),
                    BusinessCalendar.toLocal(e.getReceivedAt()),
                    e.hasPhoto()))
        .toList();
  }

  /** How many events a station has. */
  public long count(long stationId) {
    stations.get(stationId);
    return ScopedQuery.in(callers.current(), em)
        .from(BayEvent.class, "e")
        .where("e.stationId = :station")
        .select("count(e)", Long.class)
        .setParameter("station", stationId)
        .getSingleResult();
  }

  /**
   * An event's photo, with its media type.
   *
   * @throws NotFoundException {@code parking.photo.notFound} when the event is not in the caller's
   *     scope or has no photo
   */
  public StoredPhoto photo(long eventId) {
    BayEvent event =
        callers
            .current()
            .visible(em.find(BayEvent.class, eventId), BayEvent::getOperatorId)
            .filter(BayEvent::hasPhoto)
            .orElseThrow(
                () -> new NotFoundException("parking.photo.notFound", "no photo of " + eventId));
    String name = event.getPhoto().orElseThrow();
    return new StoredPhoto(photos.read(name), name.endsWith(".png") ? "image/png" : "image/jpeg");
  }

  /** A stored photo. */
  public record StoredPhoto(byte[] bytes, String mediaType) {}

  private Optional<BayEvent> find(long stationId, String eventId) {
    if (eventId == null) {
      return Optional.empty();
    }
    return ScopedQuery.in(Scope.platform(), em)
        .from(BayEvent.class, "e")
        .where("e.stationId = :station and e.deviceEventId = :event")
        .select("e", BayEvent.class)
        .setParameter("station", stationId)
        .setParameter("event", eventId)
        .getResultStream()
        .findFirst();
  }

  private Optional<Pile> bay(long stationId, String bayNumber, BayEventCheck check) {
    Optional<Pile> pile = bays.at(stationId, bayNumber);
    if (pile.isEmpty()) {
      check.broken("bayNumber", "parking.bay.unknown", "no pile of the station has this bay");
    }
    return pile;
  }

  private Map<Long, String> pileCodes(List<BayEvent> events) {
    if (events.stream().allMatch(e -> e.getPileId().isEmpty())) {
      return Map.of();
    }
    Map<Long, String> codes = new HashMap<>();
    ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.id in :ids")
        .select("p", Pile.class)
        .setParameter(
            "ids", events.stream().flatMap(e -> e.getPileId().stream()).distinct().toList())
        .getResultList()
        .forEach(p -> codes.put(p.getId(), p.getCode().value()));
    return codes;
  }
}
