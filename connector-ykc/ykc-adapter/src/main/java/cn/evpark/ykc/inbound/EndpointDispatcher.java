package cn.evpark.ykc.inbound;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.server.Platform;
import cn.evpark.ykc.server.PlatformUnavailableException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The platform side of the YKC server: each message goes to the active MDB endpoint through the JCA
 * inbound contract. One endpoint is active at a time (the platform's MDB).
 *
 * <p>At most {@code maxConcurrent} deliveries run at once: the container keeps a bounded pool of
 * MDB instances and refuses an endpoint when all are busy, so thousands of piles logging in
 * together wait their turn here instead of being refused. A refused endpoint (the pool is shared
 * with nothing else, but may still be short for a moment) is asked for again a few times.
 *
 * <p>A quarter of the places is kept for logins and session events: everything else a pile sends
 * waits for its login to be answered and its online event recorded, and a pile that waits too long
 * for its answer reconnects and logs in again, so when thousands of piles come back at once, logins
 * queued behind their own follow-up work would multiply it. Other deliveries queue for the
 * remaining places first. (The server hands logins and session events over in batches, and drops a
 * login whose pile hung up while it waited: {@code GroupCommitPlatform}.) The server's queues take
 * no more of those places than there are ({@link #messagePlaces}), so that what waits for one does
 * not hold a worker: only the batches of real-time data and transaction records can make a single
 * message wait here.
 *
 * <p>Runs on: WorkManager threads (deliveries, which may wait); activation on the container's
 * threads.
 */
final class EndpointDispatcher implements Platform {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final int ENDPOINT_TRIES = 5;

  /** The pause before asking again for a refused endpoint: 20 ms, doubled after each refusal. */
  static final Duration FIRST_PAUSE = Duration.ofMillis(20);

  /** Waits between two asks for an endpoint. */
  @FunctionalInterface
  interface BackOff {

    /** Blocks the delivering worker for {@code pause}. */
    void pause(Duration pause) throws InterruptedException;
  }

  /** The production back-off: the worker sleeps. */
  static final BackOff SLEEP = pause -> Thread.sleep(pause.toMillis());

  private final AtomicReference<MessageEndpointFactory> active = new AtomicReference<>();

  /** Every delivery. */
  private final Semaphore deliveries;

  /** Every delivery but logins and session events, taken before {@link #deliveries}. */
  private final Semaphore others;

  private final int maxConcurrent;
  private final int otherPlaces;
  private final Duration wait;
  private final BackOff backOff;

  EndpointDispatcher(int maxConcurrent) {
    this(maxConcurrent, WAIT, SLEEP);
  }

  /**
   * @param maxConcurrent deliveries at once
   * @param wait how long a delivery waits for a place before the platform counts as unavailable
   * @param backOff how a delivery waits before asking again for a refused endpoint
   */
  EndpointDispatcher(int maxConcurrent, Duration wait, BackOff backOff) {
    this.maxConcurrent = maxConcurrent;
    this.wait = wait;
    this.backOff = backOff;
    this.otherPlaces = Math.max(1, maxConcurrent - maxConcurrent / 4);
    this.deliveries = new Semaphore(maxConcurrent, true);
    this.others = new Semaphore(otherPlaces, true);
  }

  void activate(MessageEndpointFactory factory) {
    active.set(factory);
  }

  void deactivate(MessageEndpointFactory factory) {
    active.compareAndSet(factory, null);
  }

  /** Whether {@code factory} is the active endpoint. */
  boolean isActive(MessageEndpointFactory factory) {
    return active.get() == factory;
  }

  @Override
  public Optional<PlatformMessage> handle(PileEvent event) {
    return deliver(false, listener -> listener.onPileMessage(event));
  }

  /**
   * The places not kept for logins and session events: the server's queues hand over no more single
   * messages at once, so that the rest wait without a worker.
   */
  @Override
  public int messagePlaces() {
    return otherPlaces;
  }

  @Override
  public List<Optional<PlatformMessage>> logins(List<PileEvent> batch) {
    return deliver(true, listener -> listener.onLogins(batch));
  }

  @Override
  public void sessionEvents(List<PileSessionEvent> batch) {
    deliver(
        true,
        listener -> {
          listener.onSessionEvents(batch);
          return null;
        });
  }

  @Override
  public void realTimeData(List<PileEvent> batch) {
    deliver(
        false,
        listener -> {
          listener.onRealTimeData(batch);
          return null;
        });
  }

  @Override
  public List<Optional<PlatformMessage>> transactionRecords(List<PileEvent> batch) {
    return deliver(false, listener -> listener.onTransactionRecords(batch));
  }

  /**
   * Delivers {@code call} once it has a place.
   *
   * @param reserved a login's or session event's: may take the places kept for them
   */
  private <T> T deliver(boolean reserved, Function<PileMessageListener, T> call) {
    MessageEndpointFactory factory = active.get();
    if (factory == null) {
      throw new PlatformUnavailableException("no platform endpoint is active");
    }
    long deadline = System.nanoTime() + wait.toNanos();
    if (!reserved) {
      acquire(others, deadline);
    }
    try {
      acquire(deliveries, deadline);
      try {
        MessageEndpoint endpoint = endpoint(factory);
        try {
          return call.apply((PileMessageListener) endpoint);
        } finally {
          endpoint.release();
        }
      } finally {
        deliveries.release();
      }
    } finally {
      if (!reserved) {
        others.release();
      }
    }
  }

  private void acquire(Semaphore places, long deadline) {
    try {
      if (!places.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        throw new PlatformUnavailableException(
            "all " + maxConcurrent + " deliveries to the platform busy for " + wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnavailableException("interrupted while waiting to deliver", e);
    }
  }

  private MessageEndpoint endpoint(MessageEndpointFactory factory) {
    UnavailableException last = null;
    for (int attempt = 0; attempt < ENDPOINT_TRIES; attempt++) {
      try {
        return factory.createEndpoint(null);
      } catch (UnavailableException e) {
        last = e;
        try {
          backOff.pause(FIRST_PAUSE.multipliedBy(1L << attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw new PlatformUnavailableException("the platform endpoint is unavailable", last);
  }
}
