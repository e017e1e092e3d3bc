package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hands the transaction records (0x3B) of every pile to the platform in batches, one transaction
 * per batch, and each record's answer back to its connection.
 *
 * <p>Batches form by themselves, as in a group commit: a record that arrives while no batch is
 * being delivered goes at once, alone; records that arrive during a delivery go together in the
 * next one (at most {@code maxBatch}). A quiet platform therefore answers each record as fast as
 * before, and a busy one settles hundreds per transaction: every settlement locks the operator's
 * revenue accounts, so one record per transaction would queue the whole platform behind one row.
 *
 * <p>At most {@code workers} batches are delivered at a time, each by its own worker: while one
 * batch waits on the database, the next is read and priced. A pile's records are in one batch at a
 * time, in the order they came: the copies of a bill (which only its pile sends) never meet in two
 * open transactions, where one would fail on the other's unique key. Batches meet only where they
 * settle into the same rows (an operator's revenue accounts), which each holds from its lock to its
 * commit.
 *
 * <p>When a batch fails, its records are delivered again one by one, so a record the platform
 * cannot take holds back no other pile's; a record that fails alone is left unanswered and its pile
 * sends it again (ykc-protocol.md §11.4). When the platform is unavailable the whole batch is left
 * unanswered.
 *
 * <p>Runs on: {@link #offer} on event loops, delivery on a worker thread.
 */
final class TransactionRecordBatcher {

  /** Where a record's outcome goes. Runs on the delivering worker. */
  interface Answer {

    /** The platform stored the record (its transaction has committed) and answers it so. */
    void answered(Optional<PlatformMessage> reply);

    /** The platform did not take the record; it stays unanswered. */
    void failed(RuntimeException cause);
  }

  /** A record waiting for the platform, and where its answer goes. */
  record Pending(PileEvent event, Answer answer) {}

  private final Deque<Pending> queue = new ArrayDeque<>();
  private final int capacity;
  private final int maxBatch;
  private final int workers;
  private final Platform platform;
  private final WorkScheduler scheduler;
  private final ActiveWork activeWork;

  /** Workers started and not yet finished. */
  private int delivering;

  /** The piles of the batches being delivered. */
  private final Set<PileCode> inFlight = new HashSet<>();

  TransactionRecordBatcher(
      int capacity,
      int maxBatch,
      int workers,
      Platform platform,
      WorkScheduler scheduler,
      ActiveWork activeWork) {
    this.capacity = capacity;
    this.maxBatch = maxBatch;
    this.workers = workers;
    this.platform = platform;
    this.scheduler = scheduler;
    this.activeWork = activeWork;
  }

  /**
   * Queues a record for the platform.
   *
   * @return false when the queue is full or no worker would take it: the record is not delivered
   *     and its answer never called
   */
  boolean offer(Pending pending) {
    boolean startWorker;
    synchronized (this) {
      if (queue.size() >= capacity) {
        return false;
      }
      queue.add(pending);
      startWorker = delivering < workers;
      if (startWorker) {
        delivering++;
      }
    }
    if (startWorker && !activeWork.start(scheduler, this::deliverAll)) {
      List<Pending> stranded;
      synchronized (this) {
        stranded = new ArrayList<>(queue);
        queue.clear();
        delivering--;
      }
      PlatformUnavailableException refused =
          new PlatformUnavailableException("no worker takes transaction records");
      stranded.stream().filter(p -> p != pending).forEach(p -> p.answer().failed(refused));
      return false;
    }
    return true;
  }

  synchronized int queued() {
    return queue.size();
  }

  /**
   * Delivers batches until no queued record is left for this worker: records of piles in another
   * worker's batch wait for that worker, which takes them after its batch.
   */
  private void deliverAll() {
    while (true) {
      List<Pending> batch;
      synchronized (this) {
        batch = nextBatch();
        if (batch.isEmpty()) {
          delivering--;
          return;
        }
      }
      try {
        deliver(batch);
      } finally {
        synchronized (this) {
          batch.forEach(p -> inFlight.remove(p.event().pileCode()));
        }
      }
    }
  }

  /** Takes the oldest queued records of piles in no other batch, at most {@code maxBatch}. */
  private List<Pending> nextBatch() {
    List<Pending> batch = new ArrayList<>();
    Set<PileCode> piles = new HashSet<>();
    for (Iterator<Pending> it = queue.iterator(); it.hasNext() && batch.size() < maxBatch; ) {
      Pending pending = it.next();
      if (!inFlight.contains(pending.event().pileCode())) {
        it.remove();
        batch.add(pending);
        piles.add(pending.event().pileCode());
      }
    }
    inFlight.addAll(piles);
    return batch;
  }

  private void deliver(List<Pending> batch) {
    try {
      answer(batch, platform.transactionRecords(batch.stream().map(Pending::event).toList()));
    } catch (PlatformUnavailableException e) {
      batch.forEach(p -> p.answer().failed(e));
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).answer().failed(e);
        return;
      }
      for (Pending one : batch) {
        try {
          answer(List.of(one), platform.transactionRecords(List.of(one.event())));
        } catch (RuntimeException alone) {
          one.answer().failed(alone);
        }
      }
    }
  }

  private static void answer(List<Pending> batch, List<Optional<PlatformMessage>> replies) {
    if (replies.size() != batch.size()) {
      throw new IllegalStateException(
          "the platform answered " + replies.size() + " of " + batch.size() + " records");
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer().answered(replies.get(i));
    }
  }
}
