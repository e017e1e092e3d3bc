package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The business messages of one connection on their way to the platform: bounded, delivered one at a
 * time and in arrival order by at most one worker at a time.
 *
 * <p>A request (a message the pile expects an answer to, such as 0x05 or 0x31) whose connection
 * closed before its turn is dropped: its answer could not reach the pile, which asks again on its
 * new connection (§11.4). In a reconnect storm the requests of abandoned connections would
 * otherwise take the platform's time from the live ones. Everything else is delivered, closed or
 * not: what a pile reports stays true after it hung up, and its session events must be recorded.
 *
 * <p>A message for {@link Platform#handle} first takes one of the server's {@link DeliveryPlaces}.
 * When there is none, the queue lets its worker go and carries on when a place is handed to it;
 * logins and session events need no place (they go in batches, {@link GroupCommitPlatform}).
 *
 * <p>Runs on: {@link #offer} on the connection's event loop, delivery on a worker thread.
 */
final class InboundQueue {

  private static final Logger LOG = Logger.getLogger(InboundQueue.class.getName());

  /** What the queue delivers, in order. */
  sealed interface Item permits Message, Session {}

  /** A pile's message with the SEQ bytes of its frame, which the reply copies. */
  record Message(PileEvent event, Sequence seq) implements Item {}

  /** The pile came online or went offline. */
  record Session(PileSessionEvent event) implements Item {}

  /** What becomes of each delivered item. Runs on the worker thread. */
  interface Outcome {
    void replied(Message message, Optional<PlatformMessage> reply);

    void failed(Item item, RuntimeException cause);

    /** The queue drained to {@code remaining} messages after a delivery. */
    void drained(int remaining);
  }

  private final Deque<Item> queue = new ArrayDeque<>();
  private final int capacity;
  private final Platform platform;
  private final WorkScheduler scheduler;
  private final DeliveryPlaces places;
  private final Outcome outcome;
  private final ActiveWork activeWork;
  private final BooleanSupplier connected;
  private boolean delivering;

  /**
   * @param places shared by the server's queues, for messages other than logins and session events
   * @param connected whether the connection is still open: a login or another request of a
   *     connection that closed while it waited is not delivered ({@link Platform#handleLogin})
   */
  InboundQueue(
      int capacity,
      Platform platform,
      WorkScheduler scheduler,
      DeliveryPlaces places,
      Outcome outcome,
      ActiveWork activeWork,
      BooleanSupplier connected) {
    this.capacity = capacity;
    this.platform = platform;
    this.scheduler = scheduler;
    this.places = places;
    this.outcome = outcome;
    this.activeWork = activeWork;
    this.connected = connected;
  }

  /**
   * Queues a message for delivery.
   *
   * @return false when the queue is full or no worker would take it: the message is not delivered
   */
  boolean offer(Item item) {
    boolean startWorker;
    synchronized (this) {
      if (queue.size() >= capacity) {
        return false;
      }
      queue.add(item);
      startWorker = !delivering;
      delivering = true;
    }
    if (startWorker && !activeWork.start(scheduler, () -> deliverAll(false))) {
      abandon();
      return false;
    }
    return true;
  }

  /** No worker will deliver what is queued (the server is stopping): it is not delivered. */
  private void abandon() {
    synchronized (this) {
      queue.clear();
      delivering = false;
    }
  }

  synchronized int size() {
    return queue.size();
  }

  /** Whether the pile expects an answer to the message (ykc-protocol.md §4's reply codes). */
  private static boolean isRequest(Message message) {
    return message.event().message().type().replyType().isPresent();
  }

  /** Whether the message is delivered alone and so needs one of the {@link DeliveryPlaces}. */
  private boolean needsPlace(Item item) {
    return item instanceof Message message
        && !(message.event().message() instanceof Login)
        && !(isRequest(message) && !connected.getAsBoolean());
  }

  /** A place was handed to this queue while it waited: it carries on on a worker, holding it. */
  private boolean resumeWithPlace() {
    if (activeWork.start(scheduler, () -> deliverAll(true))) {
      return true;
    }
    abandon();
    return false;
  }

  /**
   * Delivers the queue's items in order until it is empty, or until the next item needs a place and
   * none is free (then {@link #resumeWithPlace} carries on).
   *
   * @param holding whether this worker was handed a place
   */
  private void deliverAll(boolean holding) {
    try {
      while (true) {
        Item next;
        synchronized (this) {
          next = queue.peek();
          if (next == null) {
            delivering = false;
            return;
          }
        }
        if (!holding && needsPlace(next)) {
          if (!places.take(this::resumeWithPlace)) {
            return;
          }
          holding = true;
        }
        synchronized (this) {
          queue.poll();
        }
        deliver(next);
        if (holding) {
          holding = false;
          places.giveBack();
        }
        outcome.drained(size());
      }
    } finally {
      if (holding) {
        places.giveBack();
      }
    }
  }

  private void deliver(Item next) {
    try {
      if (next instanceof Message message && message.event().message() instanceof Login) {
        outcome.replied(message, platform.handleLogin(message.event(), connected));
      } else if (next instanceof Message message
          && isRequest(message)
          && !connected.getAsBoolean()) {
        LOG.fine(() -> "dropped a " + message.event().message().type() + " of a closed connection");
      } else if (next instanceof Message message) {
        outcome.replied(message, platform.handle(message.event()));
      } else if (next instanceof Session session) {
        platform.sessionEvent(session.event());
      }
    } catch (RuntimeException e) {
      outcome.failed(next, e);
    }
  }
}
