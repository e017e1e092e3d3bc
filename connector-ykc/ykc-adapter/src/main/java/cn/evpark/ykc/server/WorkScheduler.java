package cn.evpark.ykc.server;

import java.util.concurrent.RejectedExecutionException;

/**
 * Runs work off the event loops: in the container, the JCA WorkManager.
 *
 * <p>Runs on: any thread; must not block.
 */
@FunctionalInterface
public interface WorkScheduler {

  /**
   * Schedules {@code work} to run soon on some worker thread.
   *
   * @throws RejectedExecutionException when no worker will take it
   */
  void schedule(Runnable work);
}
