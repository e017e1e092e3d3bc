package cn.evpark.nightly;

import cn.evpark.shared.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the nights run (domain.md §8): the night closing a business day runs at {@code at}
 * (Asia/Shanghai, {@code ykc.nightly.time}) on the next calendar day.
 *
 * @param at the time of day the nightly jobs start, after midnight
 */
public record NightlySchedule(LocalTime at) {

  public NightlySchedule {
    Objects.requireNonNull(at);
  }

  /**
   * The latest night whose time has come: the day before {@code now}'s business day once {@code at}
   * has passed, else the day before that. A start-up catches up to this night only, so a platform
   * started at 01:00 leaves the night just ended to its schedule.
   */
  public LocalDate lastDueNight(Instant now) {
    ZonedDateTime local = now.atZone(BusinessCalendar.ZONE);
    LocalDate yesterday = local.toLocalDate().minusDays(1);
    return local.toLocalTime().isBefore(at) ? yesterday.minusDays(1) : yesterday;
  }
}
