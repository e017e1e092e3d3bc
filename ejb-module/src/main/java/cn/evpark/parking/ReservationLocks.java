package cn.evpark.parking;

import cn.evpark.pile.PileCommands;
import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileOfflineException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves a reserved bay's ground lock once the decision to move it has committed ({@code parking.md
 * §2}), and keeps the lock's answer on the reservation: {@link BayLockState#RAISED} or {@link
 * BayLockState#LOWERED}, or {@link BayLockState#FAILED} with the reason ({@code refused}: the lock
 * did not move; {@code offline}; {@code no answer}). The answer is recorded on a container thread,
 * never on the adapter's event loop; the adapter ends every command within its retries.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationLocks {

  private static final Logger LOG = Logger.getLogger(ReservationLocks.class.getName());

  @PersistenceContext EntityManager em;
  @EJB PileCommands commands;
  @Resource SessionContext context;
  @Resource ManagedExecutorService executor;

  /** Sends the command after the commit that decided it. */
  public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) BayLockCommand command) {
    ReservationLocks self = context.getBusinessObject(ReservationLocks.class);
    try {
      commands
          .moveGroundLock(command.pile(), command.gun(), command.raise())
          .whenCompleteAsync(
              (result, failure) -> {
                String error =
                    failure != null ? reason(failure) : result.success() ? null : "refused";
                self.record(command.reservationId(), outcome(command, error), error);
              },
              executor);
    } catch (RuntimeException e) {
      self.record(command.reservationId(), BayLockState.FAILED, reason(e));
    }
  }

  /** Keeps the lock's answer on the reservation. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long reservationId, BayLockState now, String error) {
    Reservation reservation = em.find(Reservation.class, reservationId);
    if (reservation != null) {
      reservation.lockAnswered(now, error);
    }
  }

  private static BayLockState outcome(BayLockCommand command, String error) {
    if (error != null) {
      return BayLockState.FAILED;
    }
    return command.raise() ? BayLockState.RAISED : BayLockState.LOWERED;
  }

  private static String reason(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof PileOfflineException) {
      return "offline";
    }
    if (cause instanceof CommandTimeoutException) {
      return "no answer";
    }
    LOG.log(Level.WARNING, "a reserved bay's lock command failed", cause);
    String text = String.valueOf(cause);
    return text.length() > 64 ? text.substring(0, 64) : text;
  }
}
