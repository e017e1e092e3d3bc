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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform side of the YKC server: each message goes to the active MDB endpoint through the JCA
 * inbound contract. One endpoint is active at a time (the platform's MDB).
 *
 * <p>Runs on: WorkManager threads ({@link #handle}); activation on the container's threads.
 */
final class EndpointDispatcher implements Platform {

  private final AtomicReference<MessageEndpointFactory> active = new AtomicReference<>();

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
    MessageEndpoint endpoint = endpoint();
    try {
      return ((PileMessageListener) endpoint).onPileMessage(event);
    } finally {
      endpoint.release();
    }
  }

  @Override
  public void sessionEvent(PileSessionEvent event) {
    MessageEndpoint endpoint = endpoint();
    try {
      ((PileMessageListener) endpoint).onSessionEvent(event);
    } finally {
      endpoint.release();
    }
  }

  @Override
  public void realTimeData(List<PileEvent> batch) {
    MessageEndpoint endpoint = endpoint();
    try {
      ((PileMessageListener) endpoint).onRealTimeData(batch);
    } finally {
      endpoint.release();
    }
  }

  private MessageEndpoint endpoint() {
    MessageEndpointFactory factory = active.get();
    if (factory == null) {
      throw new PlatformUnavailableException("no platform endpoint is active");
    }
    try {
      return factory.createEndpoint(null);
    } catch (UnavailableException e) {
      throw new PlatformUnavailableException("the platform endpoint is unavailable", e);
    }
  }
}
