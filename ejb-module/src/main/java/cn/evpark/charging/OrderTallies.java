package cn.evpark.charging;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the tally of settled orders ({@code charging_order_tally}) up to date: every 30 seconds, on
 * each instance, batches of {@value #BATCH} until none is left or {@link #RUN_LIMIT} has passed (a
 * first run over an existing database goes on in the next runs). Counts never wait for it: an order
 * not tallied yet is counted from {@code charging_order} itself.
 */
@Singleton
public class OrderTallies {

  private static final Logger LOG = Logger.getLogger(OrderTallies.class.getName());

  /** Orders per transaction. */
  static final int BATCH = 2000;

  /** How long one run may go on. */
  static final Duration RUN_LIMIT = Duration.ofSeconds(20);

  @EJB OrderTallyBatch batches;

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tallySettled() {
    long stop = System.nanoTime() + RUN_LIMIT.toNanos();
    try {
      while (batches.tallyNext(BATCH) == BATCH && System.nanoTime() < stop) {
        // next batch
      }
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "tallying settled orders stopped; the next run goes on", e);
    }
  }
}
