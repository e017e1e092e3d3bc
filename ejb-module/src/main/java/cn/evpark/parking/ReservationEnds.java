package cn.evpark.parking;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * How reservations end ({@code parking.md §2}) other than by the driver: the booked plate's arrival
 * seen by the bay's camera (fulfilled; also when the camera's event comes after the expiry ran),
 * and expiry. Either way the bay's lock goes down after the commit. Other plates entering a held
 * bay are recorded on the reservation.
 */
@Stateless
public class ReservationEnds {

  @PersistenceContext EntityManager em;
  @EJB BayLocks bayLocks;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * Ends the reservations whose minutes ran out, each once whichever instance gets to it first (the
   * row is locked and its state read again), and lowers their locks.
   *
   * @return how many this call ended
   */
  public int expireDue() {
    List<Long> due =
        ScopedQuery.in(Scope.platform(), em)
            .from(Reservation.class, "r")
            .where("r.state = :reserved and r.endsAt <= :now")
            .select("r.id", Long.class)
            .setParameter("reserved", ReservationState.RESERVED)
            .setParameter("now", BusinessCalendar.toStored(clock.instant()))
            .setMaxResults(500)
            .getResultList();
    int ended = 0;
    for (long id : due) {
      Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (reservation.getState() == ReservationState.RESERVED) {
        reservation.expire();
        lowerLock(reservation);
        ended++;
      }
    }
    return ended;
  }

  /**
   * What a bay's camera saw, new to the platform ({@link BayEvents#receive}): the booked plate's
   * arrival fulfils the reservation holding the bay when it happened, its departure is noted;
   * another plate entering a held bay is recorded on the reservation.
   */
  public void seen(BayEvent event) {
    if (!event.getKind().seesVehicle() || event.getPileId().isEmpty()) {
      return;
    }
    long pileId = event.getPileId().get();
    String plate = event.getPlate().orElse("");
    List<Reservation> around =
        ScopedQuery.in(Scope.platform(), em)
            .from(Reservation.class, "r")
            .where("r.pileId = :pile and r.bookedAt <= :at and r.endsAt >= :early")
            .orderBy("r.id desc")
            .select("r", Reservation.class)
            .setParameter("pile", pileId)
            .setParameter("at", event.getEventTime())
            // a departure may come long after the booking ended
            .setParameter(
                "early",
                event.getKind() == BayEventKind.VEHICLE_IN
                    ? event.getEventTime()
                    : event.getEventTime().minusDays(1))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Reservation reservation : around) {
      boolean booked = reservation.getPlate().equals(plate);
      if (event.getKind() == BayEventKind.VEHICLE_OUT) {
        if (booked && reservation.left(event.getId())) {
          return;
        }
      } else if (booked) {
        boolean held = reservation.getState() == ReservationState.RESERVED;
        if (reservation.arrived(event.getId(), event.getEventTime())) {
          if (held) {
            lowerLock(reservation);
          }
          return;
        }
      } else if (reservation.holds(event.getEventTime())) {
        reservation.intruded(plate, event.getId());
        return;
      }
    }
  }

  /** Lowers the reservation's bay lock ({@link BayLocks}). */
  public void lowerLock(Reservation reservation) {
    reservation
        .getPileId()
        .map(id -> em.find(Pile.class, id))
        .ifPresent(pile -> bayLocks.move(reservation, pile, false));
  }
}
