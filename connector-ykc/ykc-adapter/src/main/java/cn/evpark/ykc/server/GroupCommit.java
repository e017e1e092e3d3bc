package cn.evpark.ykc.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Group commit for callers that wait for their own answer: items submitted while batches are being
 * delivered go together in a next batch, one platform transaction for all of them. A quiet platform
 * therefore delivers each item at once and alone, and a busy one hundreds at a time.
 *
 * <p>The callers deliver the batches themselves: a caller waits while {@code concurrent} batches
 * are out; when one comes back, a caller whose item is still queued takes the oldest queued items
 * (at most {@code maxBatch}, its own among them or not) and delivers them. There is no thread of
 * its own, because the callers are pool threads already: one that waited for a batch thread would
 * hold a thread that batch might need.
 *
 * <p>An item whose {@code wanted} says no when its batch forms is answered {@code unwanted} and not
 * delivered. When a batch fails, its items are delivered again one by one, so that an item the
 * platform cannot take fails alone; when the platform is unavailable ({@link
 * PlatformUnavailableException}), every item of the batch fails with it. A caller whose item is
 * still queued after {@code wait} gives up with {@link PlatformUnavailableException}.
 *
 * <p>Runs on: the callers' worker threads.
 *
 * @param <E> the items
 * @param <R> the answer to one item
 */
final class GroupCommit<E, R> {

  /** One caller's item and, once its batch came back, its answer or failure. */
  private final class Pending {
    final E item;
    final BooleanSupplier wanted;
    final R unwanted;
    boolean taken;
    boolean done;
    R answer;
    RuntimeException failure;

    Pending(E item, BooleanSupplier wanted, R unwanted) {
      this.item = item;
      this.wanted = wanted;
      this.unwanted = unwanted;
    }
  }

  private final String what;
  private final Function<List<E>, List<R>> platform;
  private final int maxBatch;
  private final int concurrent;
  private final Duration wait;
  private final Deque<Pending> queue = new ArrayDeque<>();

  /** Batches taken and not yet come back. */
  private int delivering;

  /**
   * @param what the items, for messages ("logins")
   * @param platform delivers a batch and answers each item, in the order of the batch
   * @param maxBatch most items in one batch
   * @param concurrent most batches out at once
   * @param wait how long an item may stay queued
   */
  GroupCommit(
      String what,
      Function<List<E>, List<R>> platform,
      int maxBatch,
      int concurrent,
      Duration wait) {
    this.what = what;
    this.platform = platform;
    this.maxBatch = maxBatch;
    this.concurrent = concurrent;
    this.wait = wait;
  }

  /**
   * Delivers {@code item} in a batch and answers it once that batch came back.
   *
   * @param wanted asked when the item's batch forms: false answers {@code unwanted} undelivered
   * @throws PlatformUnavailableException when the item stayed queued for the wait, or the platform
   *     was unavailable for its batch
   * @throws RuntimeException what the platform threw on the item delivered alone
   */
  R submit(E item, BooleanSupplier wanted, R unwanted) {
    Pending mine = new Pending(item, wanted, unwanted);
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (this) {
      queue.add(mine);
    }
    while (true) {
      List<Pending> batch = awaitTurn(mine, deadline);
      if (batch.isEmpty()) {
        if (mine.failure != null) {
          throw mine.failure;
        }
        return mine.answer;
      }
      try {
        deliver(batch);
      } finally {
        synchronized (this) {
          for (Pending pending : batch) {
            if (pending.answer == null && pending.failure == null) {
              pending.failure = new PlatformUnavailableException(what + ": delivery broke off");
            }
            pending.done = true;
          }
          delivering--;
          notifyAll();
        }
      }
    }
  }

  synchronized int queued() {
    return queue.size();
  }

  /**
   * Waits until {@code mine} is answered (then returns no batch) or a batch may go out (then takes
   * and returns it).
   */
  private synchronized List<Pending> awaitTurn(Pending mine, long deadline) {
    try {
      while (!mine.done) {
        if (delivering < concurrent && !queue.isEmpty()) {
          List<Pending> batch = new ArrayList<>();
          while (batch.size() < maxBatch && !queue.isEmpty()) {
            Pending next = queue.poll();
            next.taken = true;
            batch.add(next);
          }
          delivering++;
          return batch;
        }
        if (mine.taken) {
          wait();
        } else {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            queue.remove(mine);
            throw new PlatformUnavailableException(
                what + " waited " + wait + " for the platform: " + delivering + " batches out");
          }
          wait(left / 1_000_000, (int) (left % 1_000_000));
        }
      }
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (!mine.taken) {
        queue.remove(mine);
      }
      throw new PlatformUnavailableException("interrupted while waiting to deliver " + what, e);
    }
  }

  /** Answers or fails every item of {@code batch}; called without the lock. */
  private void deliver(List<Pending> batch) {
    List<Pending> wanted = new ArrayList<>();
    for (Pending pending : batch) {
      if (pending.wanted.getAsBoolean()) {
        wanted.add(pending);
      } else {
        pending.answer = pending.unwanted;
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    try {
      answer(wanted);
    } catch (PlatformUnavailableException e) {
      wanted.forEach(pending -> pending.failure = e);
    } catch (RuntimeException e) {
      if (wanted.size() == 1) {
        wanted.get(0).failure = e;
        return;
      }
      for (Pending one : wanted) {
        try {
          answer(List.of(one));
        } catch (RuntimeException alone) {
          one.failure = alone;
        }
      }
    }
  }

  private void answer(List<Pending> batch) {
    List<R> answers = platform.apply(batch.stream().map(p -> p.item).toList());
    if (answers.size() != batch.size()) {
      throw new IllegalStateException(
          "the platform answered " + answers.size() + " of " + batch.size() + " " + what);
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer = answers.get(i);
    }
  }
}
