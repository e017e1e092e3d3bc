package cn.evpark.tariff;

import cn.evpark.shared.Energy;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Energy a gun delivered between two local (Asia/Shanghai) times, e.g. the difference of two
 * real-time data frames.
 *
 * @param start local time the interval starts
 * @param end local time it ends, not before {@code start}
 * @param energy kWh
 */
public record MeteredInterval(LocalDateTime start, LocalDateTime end, Energy energy) {

  public MeteredInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("an interval ends after it starts: " + start + " " + end);
    }
    Objects.requireNonNull(energy, "energy");
  }
}
