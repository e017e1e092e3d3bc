package cn.evpark.ykc.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.RejectedExecutionException;

/** Worker tasks held until the test runs them, on the test's thread. */
final class ManualWorkScheduler implements WorkScheduler {

  private final Deque<Runnable> tasks = new ArrayDeque<>();
  private boolean refusing;

  @Override
  public void schedule(Runnable work) {
    if (refusing) {
      throw new RejectedExecutionException("refused by the test");
    }
    tasks.add(work);
  }

  /** Whether tasks are refused from now on, as by a WorkManager that is shutting down. */
  void refuse(boolean refuse) {
    refusing = refuse;
  }

  int pending() {
    return tasks.size();
  }

  /** Runs the tasks scheduled so far and any they schedule; returns how many ran. */
  int runAll() {
    int ran = 0;
    Runnable next;
    while ((next = tasks.poll()) != null) {
      next.run();
      ran++;
    }
    return ran;
  }
}
