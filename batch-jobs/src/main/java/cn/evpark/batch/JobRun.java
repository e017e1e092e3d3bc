package cn.evpark.batch;

import cn.evpark.shared.BusinessCalendar;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One job execution as staff see it: status, parameters, start and end (Asia/Shanghai, {@code
 * yyyy-MM-dd HH:mm:ss}, empty while not set) and its steps with their counts.
 *
 * @param date the {@code date} parameter, empty for a job without one
 */
public record JobRun(
    long executionId,
    long instanceId,
    String jobName,
    String date,
    String status,
    String exitStatus,
    String start,
    String end,
    List<Step> steps)
    implements Serializable {

  public JobRun {
    steps = List.copyOf(steps);
  }

  /**
   * One step execution: its status and the engine's metrics by type name (读取 READ_COUNT, 写入
   * WRITE_COUNT, 过滤 FILTER_COUNT, 提交 COMMIT_COUNT, 回滚 ROLLBACK_COUNT, skips). A partitioned step
   * shows the sums over its partitions: the standard JobOperator API has no per-partition
   * executions.
   */
  public record Step(
      long stepExecutionId,
      String name,
      String status,
      String exitStatus,
      String start,
      String end,
      Map<String, Long> metrics)
      implements Serializable {

    public Step {
      metrics = Map.copyOf(metrics);
    }

    /** A metric's value, 0 when the engine reported none. */
    public long count(Metric.MetricType type) {
      return metrics.getOrDefault(type.name(), 0L);
    }
  }

  static JobRun of(long instanceId, JobExecution execution, List<StepExecution> steps) {
    String date =
        execution.getJobParameters() == null
            ? ""
            : execution.getJobParameters().getProperty(BusinessDates.PARAMETER, "");
    return new JobRun(
        execution.getExecutionId(),
        instanceId,
        execution.getJobName(),
        date,
        execution.getBatchStatus().name(),
        execution.getExitStatus() == null ? "" : execution.getExitStatus(),
        display(execution.getStartTime()),
        display(execution.getEndTime()),
        steps.stream().map(JobRun::step).toList());
  }

  private static Step step(StepExecution step) {
    Map<String, Long> metrics = new TreeMap<>();
    if (step.getMetrics() != null) {
      for (Metric metric : step.getMetrics()) {
        metrics.put(metric.getType().name(), metric.getValue());
      }
    }
    return new Step(
        step.getStepExecutionId(),
        step.getStepName(),
        step.getBatchStatus() == null ? "" : step.getBatchStatus().name(),
        step.getExitStatus() == null ? "" : step.getExitStatus(),
        display(step.getStartTime()),
        display(step.getEndTime()),
        metrics);
  }

  private static String display(Date time) {
    return time == null
        ? ""
        : BusinessCalendar.display(LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC));
  }
}
