package cn.evpark.ykc.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.server.PlatformUnavailableException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;

class EndpointDispatcherTest {

  @Test
  void deliveriesBeyondTheLimitWaitTheirTurnAndAllArrive() throws Exception {
    CountingFactory factory = new CountingFactory(0, 20);
    EndpointDispatcher dispatcher = new EndpointDispatcher(4);
    dispatcher.activate(factory);

    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        sent.add(pool.submit(() -> dispatcher.realTimeData(List.of())));
      }
      for (Future<?> delivery : sent) {
        delivery.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(40, factory.delivered.get());
    assertTrue(factory.mostAtOnce.get() <= 4, "at most 4 at once, saw " + factory.mostAtOnce);
    assertEquals(0, factory.inUse.get(), "every endpoint released");
  }

  @Test
  void aRefusedEndpointIsAskedForAgain() {
    CountingFactory factory = new CountingFactory(2, 0);
    EndpointDispatcher dispatcher = new EndpointDispatcher(4);
    dispatcher.activate(factory);

    dispatcher.realTimeData(List.of());

    assertEquals(3, factory.asked.get());
    assertEquals(1, factory.delivered.get());
  }

  @Test
  void anEndpointRefusedEveryTimeIsAnUnavailablePlatform() {
    CountingFactory factory = new CountingFactory(Integer.MAX_VALUE, 0);
    EndpointDispatcher dispatcher = new EndpointDispatcher(4);
    dispatcher.activate(factory);

    assertThrows(PlatformUnavailableException.class, () -> dispatcher.realTimeData(List.of()));
    assertEquals(EndpointDispatcher.ENDPOINT_TRIES, factory.asked.get());
    // The refused delivery gave its place back.
    factory.refusals = 0;
    for (int i = 0; i < 4; i++) {
      dispatcher.realTimeData(List.of());
    }
    assertEquals(4, factory.delivered.get());
  }

  @Test
  void withoutAnActiveEndpointThePlatformIsUnavailable() {
    EndpointDispatcher dispatcher = new EndpointDispatcher(4);
    CountingFactory factory = new CountingFactory(0, 0);
    dispatcher.activate(factory);
    dispatcher.deactivate(factory);

    assertThrows(PlatformUnavailableException.class, () -> dispatcher.realTimeData(List.of()));
    assertEquals(0, factory.asked.get());
  }

  /** Hands out listeners that take {@code workMillis} each, after refusing the first few asks. */
  private static final class CountingFactory implements MessageEndpointFactory {
    final AtomicInteger asked = new AtomicInteger();
    final AtomicInteger inUse = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger delivered = new AtomicInteger();
    final long workMillis;
    volatile int refusals;

    CountingFactory(int refusals, long workMillis) {
      this.refusals = refusals;
      this.workMillis = workMillis;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
      if (asked.incrementAndGet() <= refusals) {
        throw new UnavailableException("Message Bean Resources exceeded");
      }
      mostAtOnce.accumulateAndGet(inUse.incrementAndGet(), Math::max);
      return (MessageEndpoint)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {MessageEndpoint.class, PileMessageListener.class},
              (proxy, method, args) -> {
                if (method.getName().equals("release")) {
                  inUse.decrementAndGet();
                } else if (method.getName().equals("onRealTimeData")) {
                  Thread.sleep(workMillis);
                  delivered.incrementAndGet();
                }
                return null;
              });
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout)
        throws UnavailableException {
      return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
      return false;
    }

    @Override
    public String getActivationName() {
      return "test";
    }

    @Override
    public Class<?> getEndpointClass() {
      return PileMessageListener.class;
    }
  }
}
