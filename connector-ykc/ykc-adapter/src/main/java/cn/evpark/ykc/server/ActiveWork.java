package cn.evpark.ykc.server;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

/**
 * Counts deliveries in progress, so that stopping the server can wait for them to finish.
 *
 * <p>Runs on: any thread.
 */
final class ActiveWork {

  private int active;

  /**
   * Runs {@code work} on a worker of {@code scheduler}, counted as in progress from now until it
   * has run.
   *
   * @return false when no worker takes it: it will not run, and is not counted
   */
  boolean start(WorkScheduler scheduler, Runnable work) {
    begin();
    try {
      scheduler.schedule(
          () -> {
            try {
              work.run();
            } finally {
              end();
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      end();
      return false;
    }
  }

  synchronized void begin() {
    active++;
  }

  synchronized void end() {
    active--;
    if (active == 0) {
      notifyAll();
    }
  }

  synchronized int active() {
    return active;
  }

  /** Waits until no delivery is in progress, at most {@code timeout}; true if none is. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (active > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
