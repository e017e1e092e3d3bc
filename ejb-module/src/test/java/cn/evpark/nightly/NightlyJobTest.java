package cn.evpark.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A nightly job's executions for a night. */
class NightlyJobTest {

  @Test
  void executionsFor_twoDays_runsTheDayBeforeAgainFirst() {
    assertThat(
            new NightlyJob("daily-station-statistics", 2)
                .executionsFor(LocalDate.of(2026, 3, 1)).stream()
                    .map(p -> p.getProperty(NightlyJob.DATE)))
        .containsExactly("2026-02-28", "2026-03-01");
  }

  @Test
  void executionsFor_oneDay_isTheNightsDayOnly() {
    assertThat(new NightlyJob("ledger-check", 1).executionsFor(LocalDate.of(2026, 1, 1)))
        .extracting((Properties p) -> p.getProperty(NightlyJob.DATE))
        .containsExactly("2026-01-01");
  }

  @Test
  void nightlyJob_withoutDays_isRefused() {
    assertThatThrownBy(() -> new NightlyJob("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
