package cn.evpark.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a night's claim may be taken over (servers-notes.md §2–3). */
class NightlyLeaseTest {

  static final NightlyLease LEASE = new NightlyLease(Duration.ofHours(2));
  static final LocalDateTime CLAIMED = LocalDateTime.of(2026, 3, 1, 18, 0);
  static final Instant LATER = Instant.parse("2026-03-01T20:00:00Z");

  static NightlyRun claim(String executions) {
    NightlyRun run =
        new NightlyRun("daily-station-statistics", LocalDate.of(2026, 3, 1), CLAIMED, "1@a");
    if (executions != null) {
      run.started(executions);
    }
    return run;
  }

  static Map<Long, BatchStatus> statuses =
      Map.of(
          1L, BatchStatus.COMPLETED,
          2L, BatchStatus.STARTED,
          3L, BatchStatus.FAILED,
          4L, BatchStatus.STARTING,
          5L, BatchStatus.STOPPED);

  @Test
  void anExecutionLeftStarted_pastTheLease_isStale() {
    assertThat(LEASE.isStale(claim("1,2"), LATER, statuses::get)).isTrue();
    assertThat(LEASE.isStale(claim("4"), LATER, statuses::get)).isTrue();
  }

  @Test
  void aClaimWithoutExecutions_pastTheLease_isStale() {
    assertThat(LEASE.isStale(claim(null), LATER, statuses::get)).isTrue();
  }

  @Test
  void withinTheLease_nothingIsStale() {
    assertThat(LEASE.isStale(claim("2"), LATER.minusSeconds(1), statuses::get)).isFalse();
    assertThat(LEASE.isStale(claim(null), LATER.minusSeconds(1), statuses::get)).isFalse();
  }

  @Test
  void finishedExecutions_areNeverTakenOver() {
    assertThat(LEASE.isStale(claim("1,3,5"), LATER.plusSeconds(86_400), statuses::get)).isFalse();
  }

  @Test
  void theLease_runsOutItsLengthAfterTheClaim() {
    assertThat(LEASE.expiry(claim("2"))).isEqualTo(LATER);
  }

  @Test
  void aRunningNight_isUnfinishedBeforeItsLeaseRunsOut() {
    assertThat(LEASE.isUnfinished(claim("1,2"), statuses::get)).isTrue();
    assertThat(LEASE.isUnfinished(claim("1,3"), statuses::get)).isFalse();
  }

  @Test
  void executionIds_areInStartOrder() {
    assertThat(claim("12, 7").executionIds()).containsExactly(12L, 7L);
    assertThat(claim(null).executionIds()).isEmpty();
  }

  @Test
  void aLeaseOfNothing_isRefused() {
    assertThatThrownBy(() -> new NightlyLease(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
