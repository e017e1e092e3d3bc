package cn.evpark.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Which night a start-up catches up to (Asia/Shanghai, UTC+8). */
class NightlyScheduleTest {

  static final NightlySchedule AT_TWO = new NightlySchedule(LocalTime.of(2, 0));

  @Test
  void afterTheNightlyTime_theDayJustEndedIsDue() {
    // 02:00:00 on 2 March in Shanghai
    assertThat(AT_TWO.lastDueNight(Instant.parse("2026-03-01T18:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void beforeTheNightlyTime_theDayJustEndedWaitsForItsSchedule() {
    // 01:59:59 on 2 March in Shanghai
    assertThat(AT_TWO.lastDueNight(Instant.parse("2026-03-01T17:59:59Z")))
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void secondsOfTheNightlyTime_count() {
    NightlySchedule at = new NightlySchedule(LocalTime.of(9, 30, 15));
    assertThat(at.lastDueNight(Instant.parse("2026-03-02T01:30:14Z")))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(at.lastDueNight(Instant.parse("2026-03-02T01:30:15Z")))
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }
}
