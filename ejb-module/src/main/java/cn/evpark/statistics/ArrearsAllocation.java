package cn.evpark.statistics;

import cn.evpark.shared.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Which stations a driver's arrears payments of one day paid for (money.md §7: arrears paid later
 * count for their orders' station on the day they are paid).
 *
 * <p>Arrears are owed to an operator, not to an order ({@code Wallets.payArrearsFromWallet} pays
 * the driver's arrears account), so the rule is first in, first out: payments settle the oldest
 * arrears first, in the order the settlements created them. With the driver's arrears orders laid
 * end to end in that order, and the payments likewise, the day's payments cover the stretch {@code
 * [paid before the day, paid before + paid on the day)}; each order's share is its overlap with
 * that stretch.
 */
public final class ArrearsAllocation {

  private ArrearsAllocation() {}

  /**
   * An order's arrears as its settlement created them.
   *
   * @param charging false for a stay's occupancy fee (parking.md §3): its arrears take their turn
   *     among the driver's, but what pays them is no charging income of any station
   */
  public record OwedOrder(long stationId, Money arrears, boolean charging) {

    /** A charging order's arrears. */
    public OwedOrder(long stationId, Money arrears) {
      this(stationId, arrears, true);
    }
  }

  /**
   * The day's payments per station.
   *
   * @param owed the driver's orders with arrears at one operator, oldest settlement first
   * @param paidBefore everything the driver paid towards those arrears before the day, yuan
   * @param paidOnDay what the driver paid on the day, yuan
   * @return yuan per station id; stations paid nothing are absent
   * @throws IllegalArgumentException when the payments exceed what was owed (the ledger never lets
   *     the arrears account go above zero)
   */
  public static Map<Long, Money> paidOnDay(
      List<OwedOrder> owed, Money paidBefore, Money paidOnDay) {
    long from = paidBefore.fen();
    long to = from + paidOnDay.fen();
    Map<Long, Money> byStation = new HashMap<>();
    long start = 0;
    for (OwedOrder order : owed) {
      long end = start + order.arrears().fen();
      long overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap > 0 && order.charging()) {
        byStation.merge(order.stationId(), Money.ofFen(overlap), Money::plus);
      }
      start = end;
    }
    if (to > start) {
      throw new IllegalArgumentException(
          "arrears paid ("
              + Money.ofFen(to)
              + ") exceed arrears owed ("
              + Money.ofFen(start)
              + ")");
    }
    return byStation;
  }

  /**
   * Each day's payments per station, days in order: {@link #paidOnDay} for each day, the day's
   * payments counted as paid before the next.
   *
   * @param owed the driver's orders with arrears at one operator, oldest settlement first
   * @param paidBefore everything the driver paid towards those arrears before the first day, yuan
   * @param paidOnDays what the driver paid on each day, yuan
   * @return yuan per (station, day); pairs paid nothing are absent
   * @throws IllegalArgumentException when the payments exceed what was owed
   */
  public static Map<StationDayKey, Money> paidOnDays(
      List<OwedOrder> owed, Money paidBefore, SortedMap<LocalDate, Money> paidOnDays) {
    Map<StationDayKey, Money> byStationDay = new HashMap<>();
    Money before = paidBefore;
    for (Map.Entry<LocalDate, Money> day : paidOnDays.entrySet()) {
      paidOnDay(owed, before, day.getValue())
          .forEach(
              (station, amount) ->
                  byStationDay.merge(
                      new StationDayKey(station, day.getKey()), amount, Money::plus));
      before = before.plus(day.getValue());
    }
    return byStationDay;
  }
}
