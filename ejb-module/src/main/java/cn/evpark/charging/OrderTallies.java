package cn.evpark.charging;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.BusinessCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the tally of orders ({@code charging_order_tally}) up to date: every {@code
 * ykc.order.tally-every} (ISO-8601, PT30S by default, at least 1 second), on each instance, batches
 * of {@value #BATCH} pending orders created {@code ykc.order.tally-after-minutes} (10 by default)
 * ago or earlier, until none is left or {@link #RUN_LIMIT} has passed (a first run over an existing
 * database goes on in the next runs). Counts never wait for it: a pending order is counted from
 * {@code charging_order} itself.
 */
@RunAs(CallerScope.PLATFORM)
@Singleton
@Startup
public class OrderTallies {

  private static final Logger LOG = Logger.getLogger(OrderTallies.class.getName());

  /** Orders per transaction: each batch locks its orders until it commits. */
  static final int BATCH = 500;

  /** How long one run may go on, and never past the next run's time. */
  static final Duration RUN_LIMIT = Duration.ofSeconds(20);

  @EJB OrderTallyBatch batches;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "ykc.order.tally-after-minutes", defaultValue = "10")
  int tallyAfterMinutes;

  @Inject
  @ConfigProperty(name = "ykc.order.tally-every", defaultValue = "PT30S")
  Duration every;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalStateException(
          "ykc.order.tally-every must be 1 second or longer, not " + every);
    }
    timers.createIntervalTimer(
        every.toMillis(), every.toMillis(), new TimerConfig("order tallies", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tallyPending() {
    LocalDateTime createdBefore =
        BusinessCalendar.toStored(clock.instant()).minusMinutes(tallyAfterMinutes);
    long stop = System.nanoTime() + Math.min(RUN_LIMIT.toNanos(), every.toNanos());
    try {
      while (batches.tallyNext(BATCH, createdBefore) == BATCH && System.nanoTime() < stop) {
        // next batch
      }
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "tallying orders stopped; the next run goes on", e);
    }
  }
}
