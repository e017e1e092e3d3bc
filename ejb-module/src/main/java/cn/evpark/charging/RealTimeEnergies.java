package cn.evpark.charging;

import cn.evpark.pile.SessionProgress;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.MeteredInterval;
import cn.evpark.tariff.PricingEngine;
import cn.evpark.tariff.TierEnergies;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The energy per rate type (尖/峰/平/谷) of a session known only from its real-time data (0x13), for a
 * staff settlement of an abnormal order (money.md §3). Pure: no clock, no database.
 *
 * <p>A 0x13 carries the session's energy so far, not its split by rate type (only the transaction
 * record has that, money.md §4.2); the frames' arrival times tell when the energy came. So each
 * increase of the reported energy between two consecutive frames, the first counted from the
 * order's start at 0 kWh, is metered between their arrival times and split by the order's schedule
 * with {@link PricingEngine#energies}: an interval inside one segment goes wholly to its rate type;
 * only an interval crossing a segment boundary is divided in proportion to time. With a frame every
 * 15 s while charging (ykc-protocol.md §6.2) that is at most 15 s of energy at each boundary;
 * across a gap in the data (a pile offline for a while) the gap's whole increase is spread evenly
 * over it, which is the one estimate in this rule, and the audit keeps the frames' time span for
 * staff.
 *
 * <p>The meter does not run backwards: a frame reporting less energy than an earlier one adds
 * nothing (a garbled or reset counter), so the total is the highest energy reported.
 *
 * <p>Without a schedule no split can be made, nor is one needed: {@link SettlementRules} then bills
 * the pile's own amount as 电费 and flags the order, so the energy is simply put at 平.
 */
public final class RealTimeEnergies {

  private RealTimeEnergies() {}

  /**
   * The session's energy per rate type.
   *
   * @param schedule the order's prices; empty when none is known
   * @param startedAt when the session started, UTC (for an app start: its request)
   * @param frames the session's real-time data, oldest first, at least one
   * @throws IllegalArgumentException when there is no frame
   */
  public static TierEnergies of(
      Optional<FeeSchedule> schedule, LocalDateTime startedAt, List<SessionProgress> frames) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("a session without real-time data has no energy");
    }
    List<MeteredInterval> intervals = new ArrayList<>(frames.size());
    LocalDateTime from = BusinessCalendar.toLocal(startedAt);
    Energy reached = Energy.ZERO;
    for (SessionProgress frame : frames) {
      LocalDateTime at = BusinessCalendar.toLocal(frame.reportedAt());
      Energy energy = new Energy(frame.energy());
      if (energy.compareTo(reached) > 0) {
        Energy increase = Energy.ofUnits(energy.units() - reached.units());
        intervals.add(new MeteredInterval(at.isBefore(from) ? at : from, at, increase));
        reached = energy;
      }
      if (at.isAfter(from)) {
        from = at;
      }
    }
    if (schedule.isEmpty()) {
      return TierEnergies.of(Energy.ZERO, Energy.ZERO, reached, Energy.ZERO);
    }
    return PricingEngine.energies(schedule.get(), intervals);
  }
}
