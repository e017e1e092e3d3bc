package cn.evpark.parking;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.parking.ReservationRefusedException.Check;
import cn.evpark.pile.GroundLockView;
import cn.evpark.pile.GroundLocks;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.ykc.api.PileLiveState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Whether a bay can be booked now ({@code parking.md §2}): it has a lock the platform can move (its
 * pile's ground lock at gun {@value Reservations#LOCK_GUN} reported itself, and the pile is online
 * so the lock can be raised; or the station's parking system locks it, {@link BayLocks}), no
 * reservation holds it, and neither the lock's sensor nor the bay's camera sees a vehicle in it.
 */
@Stateless
public class BayAvailability {

  @PersistenceContext EntityManager em;
  @EJB Bays bays;
  @EJB GroundLocks locks;
  @EJB BayLocks bayLocks;
  @EJB PileLiveStates live;

  /** Why the bay cannot be booked now, if it cannot. */
  public Optional<Check> refusal(Pile pile) {
    Optional<GroundLockView> lock = locks.find(pile.getId(), Reservations.LOCK_GUN);
    if (lock.isEmpty() && !bayLocks.lockable(pile)) {
      return Optional.of(Check.noLock);
    }
    if (lock.isPresent() && live.of(pile.getCode()).filter(PileLiveState::online).isEmpty()) {
      return Optional.of(Check.pileOffline);
    }
    if (holding(pile.getId())) {
      return Optional.of(Check.bayReserved);
    }
    if (lock.map(GroundLockView::vehiclePresent).orElse(false)
        || bays.cameraSeesVehicle(pile.getId())) {
      return Optional.of(Check.bayOccupied);
    }
    return Optional.empty();
  }

  /**
   * Whether a reservation holds the bay: until it has ended, also in the seconds between its end
   * time and the expiry round that ends it (whose lowering of the lock must not open a bay booked
   * again meanwhile).
   */
  private boolean holding(long pileId) {
    return ScopedQuery.in(Scope.platform(), em)
            .from(Reservation.class, "r")
            .where("r.pileId = :pile and r.state = :reserved")
            .select("count(r)", Long.class)
            .setParameter("pile", pileId)
            .setParameter("reserved", ReservationState.RESERVED)
            .getSingleResult()
        > 0;
  }
}
