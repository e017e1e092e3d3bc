package cn.evpark.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** Starts and watches the platform's batch jobs. */
@Stateless
public class BatchJobs {

  /** The jobs staff may start; each is a job XML in META-INF/batch-jobs. */
  public static final Set<String> JOBS = Set.of("station-pile-count", "daily-station-statistics");

  /** Starts a job and returns its execution id. */
  public long start(String jobName) {
    return start(jobName, new Properties());
  }

  /**
   * Starts a job with parameters (e.g. {@code date=2026-11-29} for daily-station-statistics) and
   * returns its execution id.
   *
   * @throws IllegalArgumentException for a job not in {@link #JOBS}
   */
  public long start(String jobName, Properties parameters) {
    if (!JOBS.contains(jobName)) {
      throw new IllegalArgumentException("no batch job named " + jobName);
    }
    return operator().start(jobName, parameters);
  }

  /** Restarts a failed or stopped execution from its last checkpoint. */
  public long restart(long executionId) {
    return operator().restart(executionId, new Properties());
  }

  public Optional<JobExecution> execution(long executionId) {
    try {
      return Optional.of(operator().getJobExecution(executionId));
    } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
      return Optional.empty();
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
