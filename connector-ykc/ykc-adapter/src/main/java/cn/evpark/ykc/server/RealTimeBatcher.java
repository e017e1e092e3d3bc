package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects the real-time data to keep from every pile and hands it to the platform in batches: one
 * transaction per batch, not per frame. Bounded: when the platform falls behind and the queue is
 * full, frames are dropped and counted (live state in memory is unaffected).
 *
 * <p>Runs on: {@link #offer} on event loops, {@link #flush} on a timer thread, delivery on a
 * worker.
 */
final class RealTimeBatcher {

  private static final Logger LOG = Logger.getLogger(RealTimeBatcher.class.getName());

  private final BlockingQueue<PileEvent> queue;
  private final int maxBatch;
  private final Platform platform;
  private final WorkScheduler scheduler;
  private final ActiveWork activeWork;
  private final AtomicBoolean delivering = new AtomicBoolean();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder failed = new LongAdder();

  RealTimeBatcher(
      int capacity,
      int maxBatch,
      Platform platform,
      WorkScheduler scheduler,
      ActiveWork activeWork) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.maxBatch = maxBatch;
    this.platform = platform;
    this.scheduler = scheduler;
    this.activeWork = activeWork;
  }

  void offer(PileEvent event) {
    if (!queue.offer(event)) {
      dropped.increment();
    }
  }

  /** Hands what has been collected to the platform, unless a batch is still being delivered. */
  void flush() {
    if (queue.isEmpty() || !delivering.compareAndSet(false, true)) {
      return;
    }
    if (!activeWork.start(scheduler, this::deliver)) {
      delivering.set(false);
    }
  }

  private void deliver() {
    try {
      while (!queue.isEmpty()) {
        List<PileEvent> batch = new ArrayList<>(Math.min(maxBatch, queue.size()));
        queue.drainTo(batch, maxBatch);
        try {
          platform.realTimeData(batch);
        } catch (RuntimeException e) {
          failed.add(batch.size());
          LOG.log(Level.WARNING, "the platform failed on " + batch.size() + " real-time frames", e);
        }
      }
    } finally {
      delivering.set(false);
    }
  }

  long dropped() {
    return dropped.sum();
  }

  long failed() {
    return failed.sum();
  }

  int queued() {
    return queue.size();
  }
}
