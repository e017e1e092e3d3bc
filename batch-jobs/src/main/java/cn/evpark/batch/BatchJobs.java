package cn.evpark.batch;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.NotFoundException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts, stops, restarts and lists the platform's batch jobs, for platform administrators (the job
 * page, {@code /api/admin/batch}) and the platform itself (the nightly schedule, which calls {@link
 * #startFor}). Every job here is safe to run again as a new instance for the same business date, so
 * an execution the engine cannot restart (servers-notes.md §3: after a {@code kill -9} on Payara it
 * stays STARTED and every restart fails) is run again as a new instance with the same parameters.
 */
@Stateless
public class BatchJobs {

  private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

  /** The jobs staff may start; each is a job XML in META-INF/batch-jobs. */
  public static final Set<String> JOBS =
      Set.of(
          "station-pile-count", "daily-station-statistics", "invoice-settlement", "ledger-check");

  /** The jobs that run for a business date ({@link BusinessDates#PARAMETER}). */
  public static final Set<String> DATED_JOBS =
      Set.of("daily-station-statistics", "invoice-settlement", "ledger-check");

  @EJB CallerScope scope;

  /** How a restart went: the execution now running, and whether it is a new job instance. */
  public record Restarted(long executionId, boolean newInstance) {}

  /**
   * Starts a job with no parameters and returns its execution id.
   *
   * @throws NotFoundException {@code batch.job.notFound} for a job not in {@link #JOBS}
   */
  public long start(String jobName) {
    return start(jobName, new Properties());
  }

  /**
   * Starts a job with parameters (e.g. {@code date=2026-11-29}, {@code station=7} for
   * daily-station-statistics) and returns its execution id.
   *
   * @throws NotFoundException {@code batch.job.notFound} for a job not in {@link #JOBS}
   */
  public long start(String jobName, Properties parameters) {
    scope.requirePlatformAdmin();
    return operator().start(known(jobName), parameters);
  }

  /**
   * Starts a job for a business date (Asia/Shanghai) as a new job instance: the nightly schedule's
   * entry point, and 按日期运行 on the job page.
   *
   * @return the new execution's id
   * @throws NotFoundException {@code batch.job.notFound} for a job not in {@link #JOBS}
   */
  public long startFor(String jobName, LocalDate businessDate) {
    scope.requirePlatformAdmin();
    Properties parameters = new Properties();
    parameters.setProperty(BusinessDates.PARAMETER, businessDate.toString());
    return operator().start(known(jobName), parameters);
  }

  /** Asks a running execution to stop (at its next chunk boundary or batchlet check). */
  public void stop(long executionId) {
    scope.requirePlatformAdmin();
    JobExecution execution = find(executionId);
    if (execution.getBatchStatus() == BatchStatus.STARTING
        || execution.getBatchStatus() == BatchStatus.STARTED) {
      operator().stop(executionId);
    }
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint; when the engine refuses (a
   * completed or abandoned one, not the latest of its instance, or one left STARTED by a killed
   * server), runs the job again as a new instance with the same parameters.
   */
  public Restarted restart(long executionId) {
    scope.requirePlatformAdmin();
    JobExecution execution = find(executionId);
    Properties parameters = parameters(execution);
    BatchStatus status = execution.getBatchStatus();
    if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
      try {
        return new Restarted(operator().restart(executionId, parameters), false);
      } catch (JobSecurityException e) {
        throw e;
      } catch (RuntimeException e) {
        // the engine's own refusals, and Payara's NullPointerException for a killed execution
        LOG.log(
            Level.WARNING,
            "execution " + executionId + " cannot be restarted; running it again: " + e);
      }
    }
    return new Restarted(operator().start(known(execution.getJobName()), parameters), true);
  }

  /**
   * The latest executions of every job, newest first.
   *
   * @param perJob how many job instances of each job to look at
   */
  public List<JobRun> executions(int perJob) {
    scope.requirePlatformAdmin();
    JobOperator operator = operator();
    List<JobRun> runs = new ArrayList<>();
    for (String job : JOBS) {
      List<JobInstance> instances;
      try {
        instances = operator.getJobInstances(job, 0, perJob);
      } catch (NoSuchJobException e) {
        continue;
      }
      for (JobInstance instance : instances) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          runs.add(
              JobRun.of(
                  instance.getInstanceId(),
                  execution,
                  operator.getStepExecutions(execution.getExecutionId())));
        }
      }
    }
    runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
    return runs;
  }

  public Optional<JobExecution> execution(long executionId) {
    try {
      return Optional.of(operator().getJobExecution(executionId));
    } catch (NoSuchJobExecutionException e) {
      return Optional.empty();
    }
  }

  private JobExecution find(long executionId) {
    return execution(executionId)
        .orElseThrow(
            () -> new NotFoundException("batch.execution.notFound", "no execution " + executionId));
  }

  private static Properties parameters(JobExecution execution) {
    Properties parameters = new Properties();
    if (execution.getJobParameters() != null) {
      parameters.putAll(execution.getJobParameters());
    }
    return parameters;
  }

  private static String known(String jobName) {
    if (!JOBS.contains(jobName)) {
      throw new NotFoundException("batch.job.notFound", "no batch job named " + jobName);
    }
    return jobName;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
