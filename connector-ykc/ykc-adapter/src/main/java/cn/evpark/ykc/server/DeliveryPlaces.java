package cn.evpark.ykc.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * The places for single pile messages on their way to the platform ({@link Platform#handle}),
 * handed out without blocking. A queue that finds them all taken leaves a callback and lets its
 * worker thread go; when a place is given back it goes to the oldest callback, which then holds it.
 *
 * <p>Why: the workers are a bounded pool shared with logins. Had every message waiting for a place
 * held a worker, a backlog of billing-model checks (one per pile after each login, thousands in a
 * reconnect storm) would take every worker, and the logins, queued behind them for a thread, would
 * time out at the piles, which log in again: the storm would feed itself (docs/architecture.md,
 * "Login storms"). Waiting here costs a callback, not a thread.
 *
 * <p>Runs on: any thread. A callback runs on the thread that gives a place back and must not block.
 */
final class DeliveryPlaces {

  private final int places;
  private final Deque<BooleanSupplier> waiting = new ArrayDeque<>();
  private int taken;

  /**
   * @param places messages delivered at once, at least 1
   */
  DeliveryPlaces(int places) {
    if (places < 1) {
      throw new IllegalArgumentException("at least one place, not " + places);
    }
    this.places = places;
  }

  /**
   * Takes a place now, or queues {@code onPlace} for the next one given back (after the callbacks
   * already waiting: there are none while a place is free, since a place given back goes to them
   * first).
   *
   * @param onPlace run once a place is handed to it; answers whether it took the place (false when
   *     it can no longer use it, e.g. no worker will run it: the place goes on to the next)
   * @return true when the caller holds a place now; false when {@code onPlace} waits for one
   */
  synchronized boolean take(BooleanSupplier onPlace) {
    if (taken < places) {
      taken++;
      return true;
    }
    waiting.add(onPlace);
    return false;
  }

  /** Gives a held place back: to the oldest waiting callback that takes it, or to the free ones. */
  void giveBack() {
    while (true) {
      BooleanSupplier next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          taken--;
          return;
        }
      }
      if (next.getAsBoolean()) {
        return;
      }
    }
  }

  /** How many callbacks wait for a place. */
  synchronized int waiting() {
    return waiting.size();
  }

  /** How many places are held. */
  synchronized int taken() {
    return taken;
  }
}
