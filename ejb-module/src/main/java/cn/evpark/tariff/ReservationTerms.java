package cn.evpark.tariff;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reservation fee rule (预约费, manual 二、2.2) asks: a driver may book a bay at most {@code
 * dailyLimit} times a business day (同一车主单日预约次数限制), for one of the offered durations at its fee. The
 * bay is locked from the booking until the minutes run out; a driver who does not arrive loses the
 * fee.
 *
 * <p>Rules (domain.md and the manual are silent on the bounds; these are ours): the daily limit is
 * 1–{@value #DAILY_LIMIT_MAX}; 1–{@value #TIERS_MAX} tiers; each tier books 1–1440 minutes (no
 * booking outlasts a day) for 0–9999.99 yuan in whole fen; no two tiers offer the same minutes.
 * Tiers are kept in order of minutes.
 *
 * @param dailyLimit bookings per driver per business day
 * @param tiers the durations on offer, shortest first
 */
public record ReservationTerms(int dailyLimit, List<ReservationTier> tiers) {

  public static final int DAILY_LIMIT_MAX = 99;
  public static final int TIERS_MAX = 10;
  public static final String INVALID = "tariff.reservation.invalid";

  public ReservationTerms {
    List<RuleViolation> broken = rulesBrokenBy(dailyLimit, tiers);
    if (!broken.isEmpty()) {
      throw new RuleViolationException(INVALID, broken);
    }
    tiers =
        tiers.stream()
            .map(
                t ->
                    new ReservationTier(t.minutes(), t.fee().setScale(2, RoundingMode.UNNECESSARY)))
            .sorted(Comparator.comparingInt(ReservationTier::minutes))
            .toList();
  }

  /** Every rule the values break, each with the row it is in. */
  public static List<RuleViolation> rulesBrokenBy(Integer dailyLimit, List<ReservationTier> tiers) {
    List<RuleViolation> broken = new ArrayList<>();
    if (!Rules.between(dailyLimit, 1, DAILY_LIMIT_MAX)) {
      broken.add(
          Rules.broken(
              "dailyLimit",
              "tariff.reservation.dailyLimit",
              "the daily limit per driver is 1 to " + DAILY_LIMIT_MAX));
    }
    if (tiers == null || tiers.isEmpty()) {
      broken.add(
          Rules.broken(
              "tiers", "tariff.reservation.tiers.required", "at least one duration and fee"));
      return broken;
    }
    if (tiers.size() > TIERS_MAX) {
      broken.add(
          Rules.broken(
              "tiers", "tariff.reservation.tiers.tooMany", "at most " + TIERS_MAX + " tiers"));
    }
    Map<Integer, Integer> rowOfMinutes = new HashMap<>();
    for (int i = 0; i < tiers.size(); i++) {
      ReservationTier tier = tiers.get(i);
      String at = "tiers[" + i + "]";
      int row = i + 1;
      if (tier == null || !Rules.between(tier.minutes(), 1, 24 * 60)) {
        broken.add(
            Rules.broken(
                at + ".minutes",
                "tariff.reservation.minutes",
                "row " + row + ": the bookable minutes are 1 to 1440",
                row));
      } else {
        Integer first = rowOfMinutes.putIfAbsent(tier.minutes(), row);
        if (first != null) {
          broken.add(
              Rules.broken(
                  at + ".minutes",
                  "tariff.reservation.minutesRepeated",
                  "row " + row + ": the same minutes as row " + first,
                  row,
                  first));
        }
      }
      if (tier == null || !Rules.validAmount(tier.fee())) {
        broken.add(
            Rules.broken(
                at + ".fee",
                "tariff.reservation.fee",
                "row " + row + ": the fee is 0 to 9999.99 yuan in whole fen",
                row));
      }
    }
    return broken;
  }

  /** Whether a driver who has booked {@code bookedToday} times today may book once more. */
  public boolean allowsAnother(int bookedToday) {
    return bookedToday < dailyLimit;
  }

  /**
   * The tier that covers a booking of {@code minutes}: the shortest one at least that long. Empty
   * when the booking is longer than any tier.
   */
  public Optional<ReservationTier> tierFor(int minutes) {
    if (minutes < 1) {
      throw new IllegalArgumentException("a booking lasts at least a minute: " + minutes);
    }
    return tiers.stream().filter(t -> t.minutes() >= minutes).findFirst();
  }
}
