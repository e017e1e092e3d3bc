package cn.evpark.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Business days and display times. Times are stored as UTC {@link LocalDateTime}s; every business
 * day boundary and every time shown to a person is in Asia/Shanghai (domain.md, "Money").
 */
public final class BusinessCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The display format of the manual's screens. */
  public static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private BusinessCalendar() {}

  /** The stored (UTC) form of an instant. */
  public static LocalDateTime toStored(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The local (Shanghai) time of a stored UTC time. */
  public static LocalDateTime toLocal(LocalDateTime storedUtc) {
    return storedUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
  }

  /** The stored (UTC) form of a time in Asia/Shanghai. */
  public static LocalDateTime fromLocal(LocalDateTime local) {
    return toStored(local.atZone(ZONE).toInstant());
  }

  /** The business day an instant falls on. */
  public static LocalDate businessDay(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /**
   * The stored (UTC) time at which a business day begins (00:00 in Asia/Shanghai); a day's moments
   * are {@code [dayStart(d), dayStart(d + 1))}.
   */
  public static LocalDateTime dayStart(LocalDate businessDay) {
    return toStored(businessDay.atStartOfDay(ZONE).toInstant());
  }

  /**
   * A stored UTC time as the APIs give it: ISO-8601 in Asia/Shanghai with its offset, {@code
   * 2026-12-01T08:00+08:00}; null for none.
   */
  public static String iso(LocalDateTime storedUtc) {
    return storedUtc == null ? null : isoLocal(toLocal(storedUtc));
  }

  /** A time already in Asia/Shanghai as the APIs give it, as {@link #iso}; null for none. */
  public static String isoLocal(LocalDateTime local) {
    return local == null ? null : local.atZone(ZONE).toOffsetDateTime().toString();
  }

  /** A time already in Asia/Shanghai as the manual shows it, or an empty string for none. */
  public static String displayLocal(LocalDateTime local) {
    return local == null ? "" : DISPLAY.format(local);
  }

  /** A stored UTC time as the manual shows it, or an empty string for none. */
  public static String display(LocalDateTime storedUtc) {
    return storedUtc == null ? "" : displayLocal(toLocal(storedUtc));
  }
}
