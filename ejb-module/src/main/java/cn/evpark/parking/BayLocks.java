package cn.evpark.parking;

import cn.evpark.pile.GroundLocks;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Moves a reserved bay's lock ({@code parking.md §2}: "lock raised, or the parking system told"),
 * in the caller's transaction: a bay whose pile's YKC ground lock reported itself gets a 0x62 after
 * the commit ({@link ReservationLocks}); any other bay of a station with a parking system gets a
 * lock request in the outbox ({@link BayLockRequest}, sent by {@link ParkingIssuer}). Either way
 * the reservation shows the command as sent until the answer comes.
 */
@Stateless
public class BayLocks {

  @PersistenceContext EntityManager em;
  @EJB GroundLocks groundLocks;
  @Inject Event<BayLockCommand> lockCommands;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /** Whether the bay has a lock the platform can move: the pile's, or the parking system's. */
  public boolean lockable(Pile pile) {
    return hasGroundLock(pile) || em.find(ParkingSystem.class, pile.getStation().getId()) != null;
  }

  /** Whether the bay's pile has a YKC ground lock that reported itself. */
  public boolean hasGroundLock(Pile pile) {
    return groundLocks.find(pile.getId(), Reservations.LOCK_GUN).isPresent();
  }

  /** Raises ({@code raise}) or lowers the reservation's bay lock. */
  public void move(Reservation reservation, Pile pile, boolean raise) {
    reservation.lockSent();
    if (hasGroundLock(pile)) {
      lockCommands.fire(
          new BayLockCommand(reservation.getId(), pile.getCode(), Reservations.LOCK_GUN, raise));
    } else {
      em.persist(
          new BayLockRequest(reservation, raise, BusinessCalendar.toStored(clock.instant())));
    }
  }
}
