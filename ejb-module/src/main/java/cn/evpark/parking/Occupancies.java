package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.OccupancyDepositHeld;
import cn.evpark.charging.OccupancyDepositReleased;
import cn.evpark.charging.OrderState;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.tariff.StationTariffService;
import cn.evpark.wallet.Drivers;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stays in the bays of stations that charge occupancy ({@code parking.md §3}), driven by what
 * the bay cameras see and by the sessions that start there:
 *
 * <ul>
 *   <li>an entry opens a stay (only while the station's occupancy fee is in effect); a car already
 *       in the bay whose departure was never seen is left to staff;
 *   <li>an app start that holds a deposit joins the bay's open stay, or opens one when no camera
 *       saw the car come ({@link OccupancyDepositHeld}, in the start's transaction: no deposit is
 *       held without its stay); a start that fails leaves it again;
 *   <li>a departure closes the stay of that plate (or the bay's stay no camera saw) with the
 *       charging session the bay's pile ran during it (one stay per session), settled at once when
 *       the session has ended, else once it has ({@link #round});
 *   <li>an entry reported after its departure (a device that was offline) finds that departure and
 *       settles at once: each event is taken once, in the order the events happened.
 * </ul>
 *
 * <p>Stays and events of one bay serialise on the bay's pile row, as bookings do ({@link
 * Reservations}). A stay with no departure waits for staff after {@code ykc.occupancy.leave-wait}
 * (ISO-8601 duration, default 24 hours).
 */
@Stateless
public class Occupancies {

  /** How far back a departure looks for the session of a stay with no entry. */
  static final Duration SESSION_LOOKBACK = Duration.ofDays(1);

  /** Stays each round takes at most, per kind of work. */
  static final int ROUND_LIMIT = 200;

  @PersistenceContext EntityManager em;
  @EJB StationTariffService tariffs;
  @EJB Drivers drivers;
  @EJB OccupancySettlement settlement;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "ykc.occupancy.leave-wait", defaultValue = "PT24H")
  Duration leaveWait;

  /** What a bay's camera saw, new to the platform ({@link BayEvents#receive}). */
  public void seen(BayEvent event) {
    if (!event.getKind().seesVehicle() || event.getPileId().isEmpty()) {
      return;
    }
    Pile pile = em.find(Pile.class, event.getPileId().get(), LockModeType.PESSIMISTIC_WRITE);
    if (pile == null) {
      return;
    }
    if (event.getKind() == BayEventKind.VEHICLE_IN) {
      entered(pile, event);
    } else {
      left(pile, event);
    }
  }

  private void entered(Pile pile, BayEvent event) {
    if (tariffs.effectiveOccupancyTerms(pile.getStation().getId()).isEmpty()) {
      return;
    }
    String plate = event.getPlate().orElse("");
    LocalDateTime at = event.getEventTime();
    List<OccupancyOrder> open = openStays(pile.getId());
    if (open.stream()
        .anyMatch(
            s -> s.getState() != OccupancyState.LEFT && s.getPlate().orElse("").equals(plate))) {
      return; // the same car seen entering again
    }
    Optional<Long> keeper = drivers.soleKeeperOf(plate);
    Optional<OccupancyOrder> unseen =
        open.stream()
            .filter(s -> s.getState() == OccupancyState.OCCUPYING && s.getEnteredAt().isEmpty())
            .findFirst();
    OccupancyOrder stay;
    if (unseen.isPresent()) {
      stay = unseen.get(); // a session started before the camera's entry came in
    } else {
      open.stream()
          .filter(s -> s.getState() == OccupancyState.OCCUPYING)
          .filter(s -> s.getEnteredAt().map(at::isAfter).orElse(false))
          // another car came in: this one's departure was never seen
          .forEach(OccupancyOrder::waitForStaff);
      stay = opened(pile, plate, keeper);
    }
    stay.entered(event.getId(), at, plate, keeper.orElse(null));
    departureAlreadySeen(pile, stay)
        .ifPresent(d -> depart(stay, d.getId(), d.getEventTime(), "platform"));
  }

  private OccupancyOrder opened(Pile pile, String plate, Optional<Long> driver) {
    OccupancyOrder stay =
        new OccupancyOrder(
            pile.operatorId(),
            pile.getStation().getId(),
            pile.getId(),
            pile.getBayNumber() == null ? "" : pile.getBayNumber(),
            plate,
            driver.orElse(null),
            BusinessCalendar.toStored(clock.instant()));
    em.persist(stay);
    em.flush();
    stay.number();
    return stay;
  }

  private Optional<Pile> lockedPile(ChargingOrder session) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.code = :code")
        .select("p", Pile.class)
        .setParameter("code", session.getPileCode())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private void left(Pile pile, BayEvent event) {
    String plate = event.getPlate().orElse("");
    Optional<OccupancyOrder> open =
        openStays(pile.getId()).stream()
            .filter(s -> s.getState() != OccupancyState.LEFT)
            .filter(s -> s.getPlate().map(plate::equals).orElse(true))
            .filter(s -> s.getEnteredAt().map(e -> !e.isAfter(event.getEventTime())).orElse(true))
            .findFirst();
    open.ifPresent(stay -> depart(stay, event.getId(), event.getEventTime(), "platform"));
  }

  /** An app start held a deposit: the bay's open stay is its, or a stay no camera saw opens. */
  public void depositHeld(@Observes OccupancyDepositHeld held) {
    ChargingOrder session = em.find(ChargingOrder.class, held.orderId());
    Optional<Pile> pile = lockedPile(session);
    if (pile.isEmpty()) {
      return;
    }
    Optional<OccupancyOrder> open =
        openStays(pile.get().getId()).stream()
            .filter(s -> s.getState() == OccupancyState.OCCUPYING)
            .filter(s -> s.getChargingOrderId().isEmpty())
            .findFirst();
    OccupancyOrder stay = open.orElseGet(() -> opened(pile.get(), null, session.getDriverId()));
    stay.ofSession(session.getId(), session.getDriverId().orElse(null));
  }

  /** A start failed and its deposit went back: its stay no longer has that session. */
  public void depositReleased(@Observes OccupancyDepositReleased released) {
    ChargingOrder session = em.find(ChargingOrder.class, released.orderId());
    lockedPile(session);
    ScopedQuery.in(Scope.platform(), em)
        .from(OccupancyOrder.class, "s")
        .where("s.chargingOrderId = :order and s.state = :occupying")
        .select("s", OccupancyOrder.class)
        .setParameter("order", session.getId())
        .setParameter("occupying", OccupancyState.OCCUPYING)
        .getResultStream()
        .findFirst()
        .ifPresent(
            stay -> {
              if (stay.getEntryEventId().isPresent()) {
                stay.withoutSession();
              } else {
                em.remove(stay); // opened for that session alone
              }
            });
  }

  /**
   * The car of {@code stay} (locked by the caller) left at {@code at} (UTC): the stay takes the
   * session the bay's pile ran meanwhile, if it has none yet, and settles now, or once that session
   * has ended.
   *
   * @param exitEventId the camera's departure, or null when staff saw it
   * @param by "platform", or the staff account
   * @throws IllegalStateException when the stay is settled
   */
  public void depart(OccupancyOrder stay, Long exitEventId, LocalDateTime at, String by) {
    stay.left(exitEventId, at);
    LocalDateTime from = stay.getEnteredAt().orElse(at.minus(SESSION_LOOKBACK));
    Optional<ChargingOrder> session =
        stay.getChargingOrderId()
            .map(id -> em.find(ChargingOrder.class, id))
            .filter(o -> o.getState() != OrderState.START_FAILED)
            .or(
                () ->
                    stay.getPileId()
                        .map(id -> em.find(Pile.class, id))
                        .flatMap(pile -> sessionDuring(pile, from, at)));
    session.ifPresent(s -> stay.ofSession(s.getId(), s.getDriverId().orElse(null)));
    if (session.isPresent() && session.get().getState() != OrderState.SETTLED) {
      stay.awaitSessionEnd();
      return;
    }
    settlement.settle(stay, session, by);
  }

  /**
   * One round of what no event drives, each part at most {@link #ROUND_LIMIT} rows: stays whose car
   * left settle once their session has ended; stays with no departure within the wait, and deposits
   * of sessions no stay took within it, wait for staff. Each stay is locked and read again, so
   * instances running the same round do each thing once.
   *
   * @return how many stays this round changed
   */
  public int round() {
    int changed = 0;
    for (long id : ids("s.state = :state", OccupancyState.LEFT, null)) {
      OccupancyOrder stay = em.find(OccupancyOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
      Optional<ChargingOrder> session =
          stay.getChargingOrderId()
              .map(o -> em.find(ChargingOrder.class, o))
              .filter(o -> o.getState() != OrderState.START_FAILED);
      if (stay.getState() == OccupancyState.LEFT
          && session.map(s -> s.getState() == OrderState.SETTLED).orElse(true)) {
        settlement.settle(stay, session, "platform");
        changed++;
      }
    }
    LocalDateTime cutoff = BusinessCalendar.toStored(clock.instant().minus(leaveWait));
    for (long id :
        ids("s.state = :state and s.openedAt < :cutoff", OccupancyState.OCCUPYING, cutoff)) {
      OccupancyOrder stay = em.find(OccupancyOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (stay.getState() == OccupancyState.OCCUPYING) {
        stay.waitForStaff();
        changed++;
      }
    }
    return changed;
  }

  /** The pile's stays not yet settled, the latest opened first. */
  private List<OccupancyOrder> openStays(long pileId) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(OccupancyOrder.class, "s")
        .where("s.pileId = :pile and s.state <> :settled")
        .orderBy("s.openedAt desc, s.id desc")
        .select("s", OccupancyOrder.class)
        .setParameter("pile", pileId)
        .setParameter("settled", OccupancyState.SETTLED)
        .getResultList();
  }

  /**
   * The pile's latest session started in {@code [from, to]} that charged (its start did not fail)
   * and that no stay has taken.
   */
  private Optional<ChargingOrder> sessionDuring(Pile pile, LocalDateTime from, LocalDateTime to) {
    List<ChargingOrder> started =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where(
                "o.pileCode = :code and o.startedAt >= :from and o.startedAt <= :to"
                    + " and o.state <> :failed")
            .orderBy("o.startedAt desc, o.id desc")
            .select("o", ChargingOrder.class)
            .setParameter("code", pile.getCode())
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("failed", OrderState.START_FAILED)
            .setMaxResults(ROUND_LIMIT)
            .getResultList();
    List<Long> taken =
        started.isEmpty()
            ? List.of()
            : ScopedQuery.in(Scope.platform(), em)
                .from(OccupancyOrder.class, "s")
                .where("s.chargingOrderId in :orders")
                .select("s.chargingOrderId", Long.class)
                .setParameter("orders", started.stream().map(ChargingOrder::getId).toList())
                .getResultList();
    return started.stream().filter(o -> !taken.contains(o.getId())).findFirst();
  }

  /** A departure of the stay's plate after its entry, reported before it, that no stay used. */
  private Optional<BayEvent> departureAlreadySeen(Pile pile, OccupancyOrder stay) {
    List<BayEvent> departures =
        ScopedQuery.in(Scope.platform(), em)
            .from(BayEvent.class, "e")
            .where(
                "e.pileId = :pile and e.kind = :out and e.plate = :plate"
                    + " and e.eventTime >= :entered")
            .orderBy("e.eventTime, e.id")
            .select("e", BayEvent.class)
            .setParameter("pile", pile.getId())
            .setParameter("out", BayEventKind.VEHICLE_OUT)
            .setParameter("plate", stay.getPlate().orElse(""))
            .setParameter("entered", stay.getEnteredAt().orElseThrow())
            .setMaxResults(ROUND_LIMIT)
            .getResultList();
    List<Long> used =
        departures.isEmpty()
            ? List.of()
            : ScopedQuery.in(Scope.platform(), em)
                .from(OccupancyOrder.class, "s")
                .where("s.exitEventId in :events")
                .select("s.exitEventId", Long.class)
                .setParameter("events", departures.stream().map(BayEvent::getId).toList())
                .getResultList();
    return departures.stream().filter(e -> !used.contains(e.getId())).findFirst();
  }

  private List<Long> ids(String condition, OccupancyState state, LocalDateTime cutoff) {
    var query =
        ScopedQuery.in(Scope.platform(), em)
            .from(OccupancyOrder.class, "s")
            .where(condition)
            .orderBy("s.id")
            .select("s.id", Long.class)
            .setParameter("state", state)
            .setMaxResults(ROUND_LIMIT);
    if (cutoff != null) {
      query.setParameter("cutoff", cutoff);
    }
    return query.getResultList();
  }
}
