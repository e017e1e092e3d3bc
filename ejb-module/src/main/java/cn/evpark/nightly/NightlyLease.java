package cn.evpark.nightly;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * How long a night's claim ({@link NightlyRun}) belongs to the instance that made it
 * (servers-notes.md §2–3). A claim is stale, and may be taken over by another instance, once the
 * lease has run out while the night is unfinished: no execution was started for it (the instance
 * died between the claim and the start), or one is still STARTING or STARTED. A Payara execution
 * whose server was killed stays STARTED for ever and cannot be restarted, so a stale night is run
 * again as new job instances. FAILED, STOPPED and ABANDONED executions ended on a live instance and
 * are left to staff (the job page), never retried here.
 *
 * @param length the lease ({@code ykc.nightly.lease}), longer than any night's run takes
 */
public record NightlyLease(Duration length) {

  private static final Set<BatchStatus> LEFT_RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED);

  public NightlyLease {
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a nightly lease is positive: " + length);
    }
  }

  /**
   * Whether the claim may be taken over now: its lease has run out and it is {@linkplain
   * #isUnfinished unfinished}.
   *
   * @param statusOf the batch status of an execution id, from the shared job repository
   */
  public boolean isStale(NightlyRun run, Instant now, LongFunction<BatchStatus> statusOf) {
    return !now.isBefore(expiry(run)) && isUnfinished(run, statusOf);
  }

  /** When the claim's lease runs out. */
  public Instant expiry(NightlyRun run) {
    return run.getClaimedAt().plus(length).toInstant(ZoneOffset.UTC);
  }

  /**
   * Whether the night is unfinished: no execution was started for it, or one is still STARTING or
   * STARTED, whether it runs on a live instance or was left by a dead one.
   *
   * @param statusOf the batch status of an execution id, from the shared job repository
   */
  public boolean isUnfinished(NightlyRun run, LongFunction<BatchStatus> statusOf) {
    Objects.requireNonNull(statusOf);
    List<Long> executions = run.executionIds();
    return executions.isEmpty()
        || executions.stream().anyMatch(id -> LEFT_RUNNING.contains(statusOf.apply(id)));
  }
}
