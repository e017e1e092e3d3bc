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
 * <p>Runs on: WorkManager threads (deliveries, which may wait); activation on the container's
 * threads.
 */
final class EndpointDispatcher implements Platform {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final int ENDPOINT_TRIES = 5;

  private final AtomicReference<MessageEndpointFactory> active = new AtomicReference<>();
  private final Semaphore deliveries;
  private final int maxConcurrent;

  EndpointDispatcher(int maxConcurrent) {
    this.maxConcurrent = maxConcurrent;
    this.deliveries = new Semaphore(maxConcurrent, true);
  }

  void activate(MessageEndpointFactory factory) {
    active.set(factory);
  }

  void deactivate(MessageEndpointFactory factory) {
    active.compareAndSet(factory, null);
  }

  boolean isActive() {
    return active.get() != null;
  }

  @Override
  public Optional<PlatformMessage> handle(PileEvent event) {
    return deliver(listener -> listener.onPileMessage(event));
  }

  @Override
  public void sessionEvent(PileSessionEvent event) {
    deliver(
        listener -> {
          listener.onSessionEvent(event);
          return null;
        });
  }

  @Override
  public void realTimeData(List<PileEvent> batch) {
    deliver(
        listener -> {
          listener.onRealTimeData(batch);
          return null;
        });
  }

  private <T> T deliver(Function<PileMessageListener, T> call) {
    MessageEndpointFactory factory = active.get();
    if (factory == null) {
      throw new PlatformUnavailableException("no platform endpoint is active");
    }
    acquire();
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
  }

  private void acquire() {
    try {
      if (!deliveries.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new PlatformUnavailableException(
            "all " + maxConcurrent + " deliveries to the platform busy for " + WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnavailableException("interrupted while waiting to deliver", e);
    }
  }

  private static MessageEndpoint endpoint(MessageEndpointFactory factory) {
    UnavailableException last = null;
    for (int attempt = 0; attempt < ENDPOINT_TRIES; attempt++) {
      try {
        return factory.createEndpoint(null);
      } catch (UnavailableException e) {
        last = e;
        try {
          Thread.sleep(20L << attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw new PlatformUnavailableException("the platform endpoint is unavailable", last);
  }
}
