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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the reservations whose minutes ran out ({@code parking.md §2}) every {@link
 * #INTERVAL_SECONDS} seconds, on each instance. The state is in the rows, so a restart loses
 * nothing (the first round after it ends whatever came due meanwhile), and instances that run the
 * same round end each reservation once ({@link ReservationEnds#expireDue}).
 */
@RunAs(CallerScope.PLATFORM)
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReservationExpiry {

  private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());

  /** How often due reservations are looked for: a reservation ends at most this late. */
  static final long INTERVAL_SECONDS = 15;

  @Resource TimerService timers;
  @EJB ReservationEnds reservations;

  @PostConstruct
  void schedule() {
    long millis = INTERVAL_SECONDS * 1000;
    timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
  }

  @Timeout
  void expire() {
    try {
      int ended = reservations.expireDue();
      if (ended > 0) {
        LOG.fine(() -> ended + " reservations expired");
      }
    } catch (RuntimeException e) {
      // the next round tries again
      LOG.log(Level.WARNING, "expiring reservations failed", e);
    }
  }
}
