package cn.evpark.ykc.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.server.PlatformUnavailableException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's limits and retries. Deliveries are held inside the listener by a gate, so how
 * many are in at once is counted, not sampled; a delivery waiting for a place is seen parked on the
 * dispatcher's semaphore; the back-off between asks for an endpoint is recorded instead of slept.
 */
class EndpointDispatcherTest {

  static final Duration WAIT = Duration.ofSeconds(10);

  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final List<Thread> threads = new CopyOnWriteArrayList<>();
  final ExecutorService pool =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task);
            threads.add(thread);
            return thread;
          });
  final CountingFactory factory = new CountingFactory();

  @AfterEach
  void shutdown() {
    factory.gate.countDown();
    pool.shutdownNow();
  }

  EndpointDispatcher dispatcher(Duration wait) {
    EndpointDispatcher dispatcher = new EndpointDispatcher(4, wait, pauses::add);
    dispatcher.activate(factory);
    return dispatcher;
  }

  @Test
  void realTimeData_moreDeliveriesThanPlaces_threeAtATimeAndAllArrive() throws Exception {
    EndpointDispatcher dispatcher = dispatcher(EndpointDispatcher.WAIT);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sent.add(pool.submit(() -> dispatcher.realTimeData(List.of())));
    }

    // A quarter of the 4 places is kept for logins: 3 deliveries in, the other 17 wait for one.
    assertThat(factory.entered.tryAcquire(3, WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    awaitParkedOnDispatcher(17);
    assertThat(factory.inUse).hasValue(3);

    factory.gate.countDown();
    for (Future<?> delivery : sent) {
      delivery.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    assertThat(factory.delivered).hasValue(20);
    assertThat(factory.mostAtOnce).hasValue(3);
    assertThat(factory.inUse).as("every endpoint released").hasValue(0);
  }

  @Test
  void logins_whileOthersFillTheirPlacesAndQueue_areDeliveredAtOnce() throws Exception {
    EndpointDispatcher dispatcher = dispatcher(EndpointDispatcher.WAIT);
    List<Future<?>> others = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      others.add(pool.submit(() -> dispatcher.realTimeData(List.of())));
    }
    assertThat(factory.entered.tryAcquire(3, WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    awaitParkedOnDispatcher(17);

    Future<List<Optional<PlatformMessage>>> login =
        pool.submit(() -> dispatcher.logins(List.of(login())));

    assertThat(login.get(WAIT.toSeconds(), TimeUnit.SECONDS)).containsExactly(Optional.empty());
    assertThat(factory.delivered).as("the others are still held").hasValue(0);
    assertThat(factory.mostAtOnce).as("3 others and the login").hasValue(4);
    factory.gate.countDown();
    for (Future<?> delivery : others) {
      delivery.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    assertThat(factory.delivered).hasValue(20);
  }

  @Test
  void sessionEvents_takeThePlaceKeptForLogins_whileOthersFillTheirs() throws Exception {
    EndpointDispatcher dispatcher = dispatcher(EndpointDispatcher.WAIT);
    List<Future<?>> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(pool.submit(() -> dispatcher.realTimeData(List.of())));
    }
    assertThat(factory.entered.tryAcquire(3, WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    pool.submit(() -> dispatcher.sessionEvents(List.of())).get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThat(factory.asked).hasValue(4);
    factory.gate.countDown();
    for (Future<?> delivery : held) {
      delivery.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  @Test
  void messagePlaces_areThoseNotKeptForLoginsAndSessionEvents() {
    assertThat(new EndpointDispatcher(16).messagePlaces()).isEqualTo(12);
    assertThat(dispatcher(EndpointDispatcher.WAIT).messagePlaces()).isEqualTo(3);
  }

  @Test
  void realTimeData_endpointRefusedTwice_isAskedForAgainAfterDoublingPauses() {
    factory.refusals = 2;
    factory.gate.countDown();

    dispatcher(EndpointDispatcher.WAIT).realTimeData(List.of());

    assertThat(factory.asked).hasValue(3);
    assertThat(factory.delivered).hasValue(1);
    assertThat(pauses).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40));
  }

  @Test
  void realTimeData_endpointRefusedEveryTime_isAnUnavailablePlatformAndFreesItsPlace()
      throws Exception {
    factory.refusals = Integer.MAX_VALUE;
    EndpointDispatcher dispatcher = dispatcher(Duration.ZERO);

    assertThatThrownBy(() -> dispatcher.realTimeData(List.of()))
        .isInstanceOf(PlatformUnavailableException.class)
        .hasCauseInstanceOf(UnavailableException.class);
    assertThat(factory.asked).hasValue(EndpointDispatcher.ENDPOINT_TRIES);
    assertThat(pauses)
        .containsExactly(
            Duration.ofMillis(20),
            Duration.ofMillis(40),
            Duration.ofMillis(80),
            Duration.ofMillis(160),
            Duration.ofMillis(320));

    // All 3 places for others are free again: 3 deliveries get in without waiting.
    factory.refusals = 0;
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sent.add(pool.submit(() -> dispatcher.realTimeData(List.of())));
    }
    assertThat(factory.entered.tryAcquire(3, WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    factory.gate.countDown();
    for (Future<?> delivery : sent) {
      delivery.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  @Test
  void realTimeData_allPlacesBusyForTheWait_isAnUnavailablePlatform() throws Exception {
    EndpointDispatcher dispatcher = dispatcher(Duration.ZERO);
    for (int i = 0; i < 3; i++) {
      pool.submit(() -> dispatcher.realTimeData(List.of()));
    }
    assertThat(factory.entered.tryAcquire(3, WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    Future<?> fourth = pool.submit(() -> dispatcher.realTimeData(List.of()));

    assertThatThrownBy(() -> fourth.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .hasCauseInstanceOf(PlatformUnavailableException.class)
        .hasMessageContaining("busy");
    assertThat(factory.asked).hasValue(3);
  }

  @Test
  void realTimeData_noActiveEndpoint_isAnUnavailablePlatform() {
    EndpointDispatcher dispatcher = dispatcher(EndpointDispatcher.WAIT);
    dispatcher.deactivate(factory);

    assertThatThrownBy(() -> dispatcher.realTimeData(List.of()))
        .isInstanceOf(PlatformUnavailableException.class);
    assertThat(factory.asked).hasValue(0);
  }

  private static PileEvent login() {
    PileCode code = PileCode.of("32010200000001");
    return new PileEvent(
        code,
        YkcFrame.of(
            Sequence.ZERO,
            new Login(
                code,
                Code.of(PileType.AC),
                1,
                Code.of(ProtocolVersion.V1_5),
                "V4.1.50",
                Code.of(NetworkType.LAN),
                "0".repeat(20),
                0)),
        Instant.EPOCH,
        1,
        "127.0.0.1:40000");
  }

  /**
   * Waits until {@code count} delivering threads are parked on one of the dispatcher's semaphores:
   * waiting for a place, not merely not yet started. Nothing else in these tests uses a semaphore
   * from a pool thread.
   */
  private void awaitParkedOnDispatcher(int count) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (parkedOnSemaphore() < count) {
      assertThat(System.nanoTime())
          .as("%d deliveries waiting for a place", count)
          .isLessThan(deadline);
      Thread.yield();
    }
    assertThat(parkedOnSemaphore()).isEqualTo(count);
  }

  private long parkedOnSemaphore() {
    return threads.stream()
        .map(LockSupport::getBlocker)
        .filter(b -> b != null && b.getClass().getEnclosingClass() == Semaphore.class)
        .count();
  }

  /**
   * Hands out listeners that count how many are in use and hold each delivery at {@link #gate},
   * after refusing the first {@link #refusals} asks.
   */
  private static final class CountingFactory implements MessageEndpointFactory {
    final AtomicInteger asked = new AtomicInteger();
    final AtomicInteger inUse = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger delivered = new AtomicInteger();

    /** A permit for each listener call that has begun. */
    final Semaphore entered = new Semaphore(0);

    final CountDownLatch gate = new CountDownLatch(1);
    volatile int refusals;

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
                  entered.release();
                  gate.await();
                  delivered.incrementAndGet();
                } else if (method.getName().equals("onLogins")) {
                  return ((List<?>) args[0]).stream().map(login -> Optional.empty()).toList();
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
