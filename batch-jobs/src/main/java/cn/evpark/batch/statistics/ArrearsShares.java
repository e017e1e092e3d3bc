package cn.evpark.batch.statistics;

import cn.evpark.shared.Money;
import cn.evpark.statistics.StationDayKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A partition's share of the run's arrears allocation (money.md §7), as a partition plan property:
 * the allocation is computed once, by the mapper, since every partition would read the same
 * payments and owed orders to compute it. The text is {@code stationId:epochDay:fen} entries joined
 * by {@code ,}; empty for none.
 */
final class ArrearsShares {

  private ArrearsShares() {}

  /** The entries of stations with ids in {@code (after, last]}, as text. */
  static String encode(Map<StationDayKey, Money> paid, long after, long last) {
    StringJoiner text = new StringJoiner(",");
    paid.forEach(
        (key, amount) -> {
          if (key.stationId() > after && key.stationId() <= last) {
            text.add(key.stationId() + ":" + key.businessDate().toEpochDay() + ":" + amount.fen());
          }
        });
    return text.toString();
  }

  /**
   * The entries of {@link #encode}'s text.
   *
   * @throws IllegalArgumentException for text {@link #encode} did not write
   */
  static Map<StationDayKey, Money> decode(String text) {
    Map<StationDayKey, Money> paid = new HashMap<>();
    if (text == null || text.isEmpty()) {
      return paid;
    }
    for (String entry : text.split(",")) {
      String[] parts = entry.split(":");
      if (parts.length != 3) {
        throw new IllegalArgumentException("not an arrears share: " + entry);
      }
      paid.put(
          new StationDayKey(
              Long.parseLong(parts[0]), LocalDate.ofEpochDay(Long.parseLong(parts[1]))),
          Money.ofFen(Long.parseLong(parts[2])));
    }
    return paid;
  }
}
