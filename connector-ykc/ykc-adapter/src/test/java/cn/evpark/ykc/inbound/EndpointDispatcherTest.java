package cn.evpark.ykc.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.server.PlatformUnavailableException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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
  void aLoginIsDeliveredWhileOtherDeliveriesFillTheirPlacesAndQueue() throws Exception {
    CountingFactory factory = new CountingFactory(0, 0);
    factory.gate = new CountDownLatch(1);
    EndpointDispatcher dispatcher = new EndpointDispatcher(4);
    dispatcher.activate(factory);

    ExecutorService pool = Executors.newFixedThreadPool(21);
    try {
      List<Future<?>> others = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        others.add(pool.submit(() -> dispatcher.realTimeData(List.of())));
      }
      await(() -> factory.inUse.get() == 3);

      Future<Optional<PlatformMessage>> login = pool.submit(() -> dispatcher.handle(login()));

      assertEquals(Optional.empty(), login.get(10, TimeUnit.SECONDS));
      assertEquals(0, factory.delivered.get(), "the others still wait");
      factory.gate.countDown();
      for (Future<?> delivery : others) {
        delivery.get();
      }
      assertEquals(20, factory.delivered.get());
      assertTrue(factory.mostAtOnce.get() <= 4, "at most 4 at once, saw " + factory.mostAtOnce);
    } finally {
      factory.gate.countDown();
      pool.shutdownNow();
    }
  }

  private static PileEvent login() {
    PileCode code = PileCode.of("32010200000001");
    return new PileEvent(
        code,
        YkcFrame.of(
            Sequence.ZERO,
            new Login(code, PileType.AC, 1, 0x0F, "V4.1.50", NetworkType.LAN, "0".repeat(20), 0)),
        Instant.now(),
        1,
        "127.0.0.1:40000");
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(5);
    }
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
    volatile CountDownLatch gate;

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
                  if (gate != null) {
                    gate.await();
                  }
                  delivered.incrementAndGet();
                } else if (method.getName().equals("onPileMessage")) {
                  return Optional.empty();
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
