package cn.evpark.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  @Test
  void iso_givesAStoredUtcTimeInShanghai_withItsOffset() {
    assertThat(BusinessCalendar.iso(LocalDateTime.of(2026, 11, 30, 16, 30)))
        .isEqualTo("2026-12-01T00:30+08:00");
    assertThat(BusinessCalendar.iso(null)).isNull();
    assertThat(BusinessCalendar.isoLocal(LocalDateTime.of(2026, 12, 1, 0, 30)))
        .isEqualTo("2026-12-01T00:30+08:00");
  }

  @Test
  void dayStart_isMidnightInShanghai_storedAsUtc() {
    assertThat(BusinessCalendar.dayStart(LocalDate.of(2026, 12, 1)))
        .isEqualTo(LocalDateTime.of(2026, 11, 30, 16, 0));
  }
}
