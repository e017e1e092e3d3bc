package cn.evpark.ykc.inbound;

import cn.evpark.ykc.server.WorkScheduler;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.RejectedExecutionException;

/** Runs the server's worker tasks as JCA {@link Work} on the container's WorkManager. */
final class WorkManagerScheduler implements WorkScheduler {

  private final WorkManager workManager;

  WorkManagerScheduler(WorkManager workManager) {
    this.workManager = workManager;
  }

  @Override
  public void schedule(Runnable task) {
    try {
      workManager.scheduleWork(new Task(task));
    } catch (WorkException e) {
      throw new RejectedExecutionException("the WorkManager refused the work", e);
    }
  }

  /** A task as JCA work; it cannot be stopped half-way (deliveries are short). */
  private record Task(Runnable task) implements Work {
    @Override
    public void run() {
      task.run();
    }

    @Override
    public void release() {
      // nothing to release: the task ends on its own
    }
  }
}
