package cn.evpark.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The claim of one nightly job for one night: the business day (Asia/Shanghai) that night closes.
 * Its primary key (job, day) is the UNIQUE guard of servers-notes.md §2: every instance fires the
 * same non-persistent schedule, and only the one whose insert succeeds starts the job.
 *
 * <p>Life cycle: inserted by the claim, then given the ids of the job executions it started. A
 * claim whose lease ran out with its executions unfinished is taken over ({@link NightlyLease}):
 * claimed again by another instance, its old executions kept in {@link #getReplacedExecutions}.
 * Never deleted, so the latest night claimed is where a platform that was down catches up from.
 */
@Entity
@IdClass(NightlyRun.Key.class)
@Table(name = "nightly_job_run")
public class NightlyRun {

  @Id
  @Column(name = "job_name", length = 64)
  private String jobName;

  @Id
  @Column(name = "business_date")
  private LocalDate businessDate;

  /** UTC. */
  @Column(name = "claimed_at", nullable = false)
  private LocalDateTime claimedAt;

  /** The instance that claimed it (host name and process). */
  @Column(name = "claimed_by", nullable = false, length = 120)
  private String claimedBy;

  /** The batch executions started for it, comma-separated ids. */
  @Column(length = 200)
  private String executions;

  /** How often the claim was taken over from an instance that left it unfinished. */
  @Column(nullable = false)
  private int takeovers;

  /**
   * The executions the last takeover replaced, comma-separated ids; left as the engine has them.
   */
  @Column(name = "replaced_executions", length = 200)
  private String replacedExecutions;

  protected NightlyRun() {}

  NightlyRun(String jobName, LocalDate businessDate, LocalDateTime claimedAt, String claimedBy) {
    this.jobName = Objects.requireNonNull(jobName);
    this.businessDate = Objects.requireNonNull(businessDate);
    this.claimedAt = Objects.requireNonNull(claimedAt);
    this.claimedBy = Objects.requireNonNull(claimedBy);
  }

  void started(String executionIds) {
    this.executions = executionIds;
  }

  public String getJobName() {
    return jobName;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public LocalDateTime getClaimedAt() {
    return claimedAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public String getExecutions() {
    return executions;
  }

  /** The ids of {@link #getExecutions}, in start order; empty before the executions started. */
  public List<Long> executionIds() {
    if (executions == null || executions.isBlank()) {
      return List.of();
    }
    return Arrays.stream(executions.split(",")).map(String::strip).map(Long::valueOf).toList();
  }

  public int getTakeovers() {
    return takeovers;
  }

  public String getReplacedExecutions() {
    return replacedExecutions;
  }

  /** The JPA id class. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String jobName;
    private LocalDate businessDate;

    public Key() {}

    public Key(String jobName, LocalDate businessDate) {
      this.jobName = jobName;
      this.businessDate = businessDate;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(k.jobName, jobName)
          && Objects.equals(k.businessDate, businessDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(jobName, businessDate);
    }
  }
}
