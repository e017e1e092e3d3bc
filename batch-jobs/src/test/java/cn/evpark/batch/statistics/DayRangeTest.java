package cn.evpark.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

  @Test
  void withoutTo_isTheDateAlone() {
    assertThat(DayRange.of("2026-11-03", " "))
        .isEqualTo(new DayRange(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3)));
  }

  @Test
  void aYear_isTheLongestRange() {
    assertThat(DayRange.of("2026-01-01", "2027-01-01").to()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> DayRange.of("2026-01-01", "2027-01-02"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("366");
  }

  @Test
  void toBeforeDate_orNoDate_isRefused() {
    assertThatThrownBy(() -> DayRange.of("2026-11-03", "2026-11-02"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DayRange.of(null, "2026-11-02"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("required");
  }
}
