package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.YkcMessage;
import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Who watches a {@link VirtualPile}: its {@link PileListener}s, callers waiting for a message, and
 * the received frames kept for later waiters ({@link SimulatorConfig#keepReceivedFrames()}).
 *
 * <p>Runs on: the pile's event loop, except {@link #add} and {@link #receivedFrames}, safe from any
 * thread.
 */
final class Observers {

  private final SimulatorConfig config;
  private final EventLoop loop;
  private final List<PileListener> listeners = new CopyOnWriteArrayList<>();
  private final List<YkcFrame> receivedFrames = new CopyOnWriteArrayList<>();
  // Confined to the event loop.
  private final List<Waiter<?>> waiters = new ArrayList<>();

  Observers(SimulatorConfig config, EventLoop loop) {
    this.config = config;
    this.loop = loop;
  }

  void add(PileListener listener) {
    listeners.add(listener);
  }

  /** Tells every listener. */
  void tell(Consumer<PileListener> event) {
    listeners.forEach(event);
  }

  /** Keeps {@code frame} if configured and completes the waiters it satisfies. */
  void received(YkcFrame frame) {
    if (config.keepReceivedFrames()) {
      receivedFrames.add(frame);
    }
    for (var it = waiters.iterator(); it.hasNext(); ) {
      if (it.next().offer(frame.message())) {
        it.remove();
      }
    }
  }

  /** The first kept or future message of {@code type} matching {@code condition}. */
  <T extends YkcMessage> CompletableFuture<T> first(Class<T> type, Predicate<? super T> condition) {
    CompletableFuture<T> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          for (YkcFrame frame : receivedFrames) {
            if (type.isInstance(frame.message()) && condition.test(type.cast(frame.message()))) {
              result.complete(type.cast(frame.message()));
              return;
            }
          }
          waiters.add(new Waiter<>(type, condition, result));
        });
    return result;
  }

  /** The next message of {@code type} received after this call. */
  <T extends YkcMessage> CompletableFuture<T> next(Class<T> type) {
    CompletableFuture<T> result = new CompletableFuture<>();
    loop.execute(() -> waiters.add(new Waiter<>(type, m -> true, result)));
    return result;
  }

  List<YkcFrame> receivedFrames() {
    return List.copyOf(receivedFrames);
  }

  /** A message a caller waits for. */
  private record Waiter<T extends YkcMessage>(
      Class<T> type, Predicate<? super T> condition, CompletableFuture<T> result) {
    boolean offer(YkcMessage message) {
      if (result.isDone()) {
        return true;
      }
      if (type.isInstance(message) && condition.test(type.cast(message))) {
        result.complete(type.cast(message));
        return true;
      }
      return false;
    }
  }
}
