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
  public static final Set<String> JOBS = Set.of("station-pile-count");

  /** Starts a job and returns its execution id. */
  public long start(String jobName) {
    if (!JOBS.contains(jobName)) {
      throw new IllegalArgumentException("no batch job named " + jobName);
    }
    return operator().start(jobName, new Properties());
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
