package cn.evpark.tariff;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wall-clock time of the local (Asia/Shanghai) day in whole minutes, from 00:00 to 24:00
 * inclusive: 24:00 is where the last segment of a standard ends, which {@link LocalTime} cannot
 * say.
 *
 * @param minutes minutes after midnight, 0–1440
 */
public record TimeOfDay(int minutes) implements Comparable<TimeOfDay> {

  public static final int MINUTES_PER_DAY = 24 * 60;
  public static final TimeOfDay MIDNIGHT = new TimeOfDay(0);
  public static final TimeOfDay END_OF_DAY = new TimeOfDay(MINUTES_PER_DAY);

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,2}):(\\d{2})");

  public TimeOfDay {
    if (minutes < 0 || minutes > MINUTES_PER_DAY) {
      throw new IllegalArgumentException("a time of day is 00:00–24:00, not minute " + minutes);
    }
  }

  /** {@code H:mm} or {@code HH:mm}, 00:00 to 24:00; empty for anything else. */
  public static Optional<TimeOfDay> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) {
      return Optional.empty();
    }
    return Optional.of(new TimeOfDay(hours * 60 + minutes));
  }

  public static TimeOfDay of(LocalTime time) {
    return new TimeOfDay(time.getHour() * 60 + time.getMinute());
  }

  public static TimeOfDay ofHalfHour(int halfHour) {
    return new TimeOfDay(halfHour * 30);
  }

  /** Whether the time falls on a half-hour boundary, where a YKC slot begins. */
  public boolean isOnHalfHour() {
    return minutes % 30 == 0;
  }

  /** The index of the half-hour slot that starts here (0–48). */
  public int halfHour() {
    if (!isOnHalfHour()) {
      throw new IllegalStateException(this + " is not on a half hour");
    }
    return minutes / 30;
  }

  public TimeOfDay plusMinutes(int more) {
    return new TimeOfDay(minutes + more);
  }

  @Override
  public int compareTo(TimeOfDay other) {
    return Integer.compare(minutes, other.minutes);
  }

  public boolean isBefore(TimeOfDay other) {
    return minutes < other.minutes;
  }

  /** {@code HH:mm}, and {@code 24:00} for the end of the day. */
  @Override
  public String toString() {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
