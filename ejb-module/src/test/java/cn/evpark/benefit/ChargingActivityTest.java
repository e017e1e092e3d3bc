package cn.evpark.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which orders a charging activity takes (manual 7.4, money.md §5), by their start in UTC. */
class ChargingActivityTest {

  static final long STATION = 7;

  /** 2026-11-30 (a Monday) to 2026-12-06, Mondays and Saturdays, at station 7. */
  static ChargingActivity activity() {
    ActivityDraft draft =
        new ActivityDraft(
            "周一周六优惠",
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 12, 6),
            Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            "",
            new BigDecimal("20"),
            new BigDecimal("10"),
            Set.of(STATION));
    ChargingActivity activity = new ChargingActivity(1, LocalDateTime.of(2026, 11, 1, 0, 0));
    activity.edit(draft, draft.checked(), "admin", LocalDate.of(2026, 11, 1));
    return activity;
  }

  @Test
  void qualifies_byTheShanghaiDayOfTheStart_itsWeekday_andTheStation() {
    ChargingActivity activity = activity();

    // 2026-11-29 16:30 UTC is Monday 2026-11-30 00:30 in Shanghai: the first day
    assertThat(activity.qualifies(STATION, LocalDateTime.of(2026, 11, 29, 16, 30))).isTrue();
    // 2026-11-29 15:59 UTC is still Sunday in Shanghai: before the first day
    assertThat(activity.qualifies(STATION, LocalDateTime.of(2026, 11, 29, 15, 59))).isFalse();
    // Tuesday
    assertThat(activity.qualifies(STATION, LocalDateTime.of(2026, 12, 1, 2, 0))).isFalse();
    // Saturday 2026-12-05
    assertThat(activity.qualifies(STATION, LocalDateTime.of(2026, 12, 5, 2, 0))).isTrue();
    assertThat(activity.qualifies(8, LocalDateTime.of(2026, 12, 5, 2, 0))).isFalse();
    // Monday 2026-12-07: after the last day
    assertThat(activity.qualifies(STATION, LocalDateTime.of(2026, 12, 7, 2, 0))).isFalse();
  }

  @Test
  void endEarly_stopsOrdersStartingFromThen_andRefusesChangesAfterwards() {
    ChargingActivity activity = activity();
    LocalDateTime end = LocalDateTime.of(2026, 12, 5, 2, 0);

    activity.endEarly(end, "admin");

    assertThat(activity.qualifies(STATION, end.minusSeconds(1))).isTrue();
    assertThat(activity.qualifies(STATION, end)).isFalse();
    assertThat(activity.stateOn(LocalDate.of(2026, 12, 5))).isEqualTo(ActivityState.ENDED);
    assertThatThrownBy(() -> activity.endEarly(end.plusHours(1), "admin"))
        .isInstanceOf(ActivityEndedException.class);
    ActivityDraft draft =
        new ActivityDraft(
            "x",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 2),
            Set.of(DayOfWeek.MONDAY),
            "",
            BigDecimal.TEN,
            BigDecimal.TEN,
            Set.of(STATION));
    assertThatThrownBy(
            () -> activity.edit(draft, draft.checked(), "admin", LocalDate.of(2026, 12, 5)))
        .isInstanceOf(ActivityEndedException.class);
  }

  @Test
  void stateOn_followsTheDates() {
    ChargingActivity activity = activity();

    assertThat(activity.stateOn(LocalDate.of(2026, 11, 29))).isEqualTo(ActivityState.NOT_STARTED);
    assertThat(activity.stateOn(LocalDate.of(2026, 12, 6))).isEqualTo(ActivityState.ACTIVE);
    assertThat(activity.stateOn(LocalDate.of(2026, 12, 7))).isEqualTo(ActivityState.ENDED);
  }

  @Test
  void draft_namesEveryBrokenRule() {
    ActivityDraft draft =
        new ActivityDraft(
            " ",
            LocalDate.of(2026, 12, 2),
            LocalDate.of(2026, 12, 1),
            Set.of(),
            "",
            new BigDecimal("101"),
            BigDecimal.ZERO,
            Set.of());

    assertThatThrownBy(draft::checked)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code())
                    .containsExactlyInAnyOrder(
                        "activity.name.invalid",
                        "activity.dates.order",
                        "activity.weekdays.none",
                        "activity.stations.none",
                        "benefit.percent.invalid"));
  }
}
