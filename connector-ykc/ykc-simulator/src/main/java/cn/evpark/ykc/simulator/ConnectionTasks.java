package cn.evpark.ykc.simulator;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Periodic work that lives as long as one connection (heartbeats, idle data, billing-model
 * retries): cancelled together when the link drops.
 *
 * <p>Runs on: the pile's event loop.
 */
final class ConnectionTasks {

  private final EventLoop loop;
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  ConnectionTasks(EventLoop loop) {
    this.loop = loop;
  }

  /** Runs {@code task} after {@code millis} ms unless the connection goes first. */
  void once(Runnable task, long millis) {
    tasks.add(loop.schedule(task, millis, TimeUnit.MILLISECONDS));
  }

  /** Runs {@code task} every {@code millis} ms, first after one period, until the link drops. */
  void every(Runnable task, long millis) {
    tasks.add(loop.scheduleAtFixedRate(task, millis, millis, TimeUnit.MILLISECONDS));
  }

  /** Cancels every task of the connection that ended. */
  void cancelAll() {
    for (ScheduledFuture<?> task : tasks) {
      task.cancel(false);
    }
    tasks.clear();
  }
}
