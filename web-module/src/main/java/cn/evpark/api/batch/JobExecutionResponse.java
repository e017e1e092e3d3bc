package cn.evpark.api.batch;

import jakarta.batch.runtime.JobExecution;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch job execution as the API shows it. */
@Schema(name = "JobExecution")
public record JobExecutionResponse(
    long executionId,
    String jobName,
    @Schema(description = "STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED")
        String status,
    String exitStatus,
    Date startTime,
    Date endTime) {

  static JobExecutionResponse of(JobExecution execution) {
    return new JobExecutionResponse(
        execution.getExecutionId(),
        execution.getJobName(),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        execution.getStartTime(),
        execution.getEndTime());
  }
}
