package cn.evpark.parking;

import cn.evpark.operator.CallerScope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The parking work no event drives, every {@link #INTERVAL_SECONDS} seconds on each instance: ends
 * the reservations whose minutes ran out ({@code parking.md §2}, {@link ReservationEnds#expireDue})
 * and settles or hands to staff the stays no departure settled ({@code parking.md §3}, {@link
 * Occupancies#round}), and sends what is due to the parking systems (reductions and bay lock
 * requests, {@code parking.md §4, §2}, {@link ParkingIssuer#issueDue}). The state is in the rows,
 * so a restart loses nothing (the first round after it does whatever came due meanwhile), and
 * instances that run the same round do each thing once (each row is locked and read again).
 */
@RunAs(CallerScope.PLATFORM)
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ParkingRounds {

  private static final Logger LOG = Logger.getLogger(ParkingRounds.class.getName());

  /** How often the rounds run: a reservation ends, a stay settles, a reduction goes, this late. */
  static final long INTERVAL_SECONDS = 15;

  @Resource TimerService timers;
  @EJB ReservationEnds reservations;
  @EJB Occupancies occupancies;
  @EJB ParkingIssuer parkingSystems;

  @PostConstruct
  void schedule() {
    long millis = INTERVAL_SECONDS * 1000;
    timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
  }

  /** Each round in a transaction of its own, so one that fails does not undo the other. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    run("reservations expired", reservations::expireDue);
    run("stays settled or handed to staff", occupancies::round);
    run("sent to parking systems", parkingSystems::issueDue);
  }

  private static void run(String what, IntSupplier round) {
    try {
      int done = round.getAsInt();
      if (done > 0) {
        LOG.fine(() -> done + " " + what);
      }
    } catch (RuntimeException e) {
      // the next round tries again
      LOG.log(Level.WARNING, "parking round failed: " + what, e);
    }
  }
}
