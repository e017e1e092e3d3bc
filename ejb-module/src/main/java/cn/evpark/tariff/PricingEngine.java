package cn.evpark.tariff;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Prices charging, occupancy and reservations from the tariff values. Pure: no clock, no database.
 *
 * <p><b>Charging.</b> Each rate type's energy times its electricity and service prices gives exact
 * amounts (kWh at 4 decimals × yuan at 5 = 9 decimals, nothing dropped). The {@link
 * PriceAdjustment}s change those exact amounts in order. Then the session's total is rounded half
 * up to the fen, once (domain.md, "Money"), and that total is divided among the parts (electricity
 * and service of each rate type) by the largest-remainder method: each part gets its amount cut to
 * the fen, and the fen left over go to the parts that lost most, the earlier part first on a tie.
 * So the parts add up to the total exactly and each is within a fen of its exact amount.
 *
 * <p><b>Occupancy.</b> Whole minutes count (a started minute is not charged: camera times have
 * seconds of jitter); after the free minutes, every started period of N minutes costs X (manual
 * 二、2.3). The fee is taken from the deposit the session held (none without a charging order, nor
 * for a session the app did not start); what it does not cover is owed.
 *
 * <p><b>Reservations.</b> A booking costs the fee of the shortest tier that covers its minutes.
 */
public final class PricingEngine {

  private static final Money FEN = Money.ofFen(1);

  private PricingEngine() {}

  /** The fee of a session whose energy per rate type is known (a transaction record's). */
  public static ChargingFee chargingFee(FeeSchedule schedule, TierEnergies energies) {
    return chargingFee(schedule, energies, List.of());
  }

  /**
   * The fee of a session whose energy per rate type is known, after the adjustments.
   *
   * @throws IllegalArgumentException when energy falls on a rate type the standard does not use
   */
  public static ChargingFee chargingFee(
      FeeSchedule schedule, TierEnergies energies, List<PriceAdjustment> adjustments) {
    for (RateType type : RateType.values()) {
      if (!energies.of(type).isZero() && schedule.prices(type).isEmpty()) {
        throw new IllegalArgumentException(
            "energy at rate type " + type + ", which the standard does not use");
      }
    }
    List<TierAmounts> amounts = new ArrayList<>();
    for (RateType type : schedule.rateTypes()) {
      TierPrices prices = schedule.prices(type).orElseThrow();
      Energy energy = energies.of(type);
      amounts.add(
          new TierAmounts(
              type,
              energy,
              energy.times(prices.electricity().yuan()),
              energy.times(prices.service().yuan())));
    }
    for (PriceAdjustment adjustment : adjustments) {
      amounts = checkedAdjustment(amounts, adjustment.apply(amounts));
    }
    return rounded(schedule, amounts);
  }

  /** The fee of a session given as metered intervals, split by {@link #energies}. */
  public static ChargingFee chargingFee(
      FeeSchedule schedule, List<MeteredInterval> intervals, List<PriceAdjustment> adjustments) {
    return chargingFee(schedule, energies(schedule, intervals), adjustments);
  }

  /**
   * The energy of metered intervals per rate type. An interval within one segment goes to its rate
   * type; one that crosses segment boundaries (or midnight) is split in proportion to the time in
   * each piece, in units of 0.0001 kWh by the largest-remainder method, so no energy is lost or
   * made up. A zero-length interval goes to the rate type of its instant.
   */
  public static TierEnergies energies(FeeSchedule schedule, List<MeteredInterval> intervals) {
    long[] units = new long[RateType.values().length];
    for (MeteredInterval interval : intervals) {
      List<RateType> types = new ArrayList<>();
      List<Long> seconds = new ArrayList<>();
      LocalDateTime cursor = interval.start();
      do {
        Segment segment = schedule.segmentAt(cursor.toLocalTime());
        LocalDateTime segmentEnd = at(cursor.toLocalDate(), segment.end());
        LocalDateTime pieceEnd = segmentEnd.isBefore(interval.end()) ? segmentEnd : interval.end();
        types.add(segment.rateType());
        seconds.add(Duration.between(cursor, pieceEnd).toSeconds());
        cursor = pieceEnd;
      } while (cursor.isBefore(interval.end()));
      long total = interval.energy().units();
      long[] shares = split(total, seconds);
      for (int i = 0; i < shares.length; i++) {
        units[types.get(i).ordinal()] += shares[i];
      }
    }
    Map<RateType, Energy> energies = new EnumMap<>(RateType.class);
    for (RateType type : RateType.values()) {
      energies.put(type, Energy.ofUnits(units[type.ordinal()]));
    }
    return new TierEnergies(energies);
  }

  /**
   * What a stay costs and how it settles against the deposit.
   *
   * @param from time counting starts: the end of charging, or entering the bay
   * @param to time the car left the bay, on the same clock as {@code from}
   * @param deposit the deposit held for the stay, yuan in whole fen, zero when none
   * @throws IllegalArgumentException when the car left before counting starts, or the deposit is
   *     negative
   */
  public static OccupancyFee occupancyFee(
      OccupancyTerms terms,
      OccupancyKind kind,
      LocalDateTime from,
      LocalDateTime to,
      BigDecimal deposit) {
    if (deposit.signum() < 0) {
      throw new IllegalArgumentException("a deposit is not negative: " + deposit);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a car leaves after counting starts: " + from + " " + to);
    }
    OccupancyCharge charge = terms.charge(kind);
    long occupied = Duration.between(from, to).toMinutes();
    long chargeable = Math.max(0, occupied - charge.freeMinutes());
    long periods = (chargeable + charge.periodMinutes() - 1) / charge.periodMinutes();
    BigDecimal fee = charge.periodFee().multiply(BigDecimal.valueOf(periods));
    deposit = deposit.setScale(Rules.AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    BigDecimal deducted = fee.min(deposit);
    return new OccupancyFee(
        kind,
        occupied,
        Math.min(occupied, charge.freeMinutes()),
        periods,
        fee,
        deposit,
        deducted,
        deposit.subtract(deducted),
        fee.subtract(deducted));
  }

  /** The fee of a booking of {@code minutes}; empty when no tier is that long. */
  public static Optional<BigDecimal> reservationFee(ReservationTerms terms, int minutes) {
    return terms.tierFor(minutes).map(ReservationTier::fee);
  }

  private static List<TierAmounts> checkedAdjustment(
      List<TierAmounts> before, List<TierAmounts> after) {
    boolean same = after.size() == before.size();
    for (int i = 0; same && i < before.size(); i++) {
      same =
          after.get(i).rateType() == before.get(i).rateType()
              && after.get(i).energy().compareTo(before.get(i).energy()) == 0;
    }
    if (!same) {
      throw new IllegalStateException("an adjustment must keep the rate types and energies");
    }
    return List.copyOf(after);
  }

  private static LocalDateTime at(LocalDate day, TimeOfDay time) {
    return day.atStartOfDay().plusMinutes(time.minutes());
  }

  private static ChargingFee rounded(FeeSchedule schedule, List<TierAmounts> amounts) {
    List<BigDecimal> exact = new ArrayList<>();
    for (TierAmounts a : amounts) {
      exact.add(a.electricity());
      exact.add(a.service());
    }
    BigDecimal exactTotal = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Money total = Money.roundedHalfUp(exactTotal);
    List<Money> parts = divide(total, exact);

    List<TierCharge> tiers = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      TierAmounts a = amounts.get(i);
      tiers.add(
          new TierCharge(
              a.rateType(),
              schedule.prices(a.rateType()).orElseThrow(),
              a.energy(),
              parts.get(2 * i),
              parts.get(2 * i + 1)));
    }
    Money electricity = tiers.stream().map(TierCharge::electricity).reduce(Money.ZERO, Money::plus);
    Money service = tiers.stream().map(TierCharge::service).reduce(Money.ZERO, Money::plus);
    Energy energy = tiers.stream().map(TierCharge::energy).reduce(Energy.ZERO, Energy::plus);
    return new ChargingFee(tiers, energy, electricity, service, total);
  }

  /** {@code total} (fen) divided among parts near their exact amounts; see the class comment. */
  private static List<Money> divide(Money total, List<BigDecimal> exact) {
    List<Money> parts = new ArrayList<>();
    List<BigDecimal> lost = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (BigDecimal amount : exact) {
      // Not a rounding of the amount charged: the cut that the fen left over are divided against.
      BigDecimal part = amount.setScale(Money.SCALE, RoundingMode.DOWN);
      parts.add(new Money(part));
      lost.add(amount.subtract(part));
      given = given.add(part);
    }
    int left = total.yuan().subtract(given).movePointRight(Money.SCALE).intValueExact();
    List<Integer> order =
        IntStream.range(0, exact.size())
            .boxed()
            .sorted(Comparator.comparing(lost::get).reversed().thenComparing(i -> i))
            .toList();
    for (int k = 0; k < left; k++) {
      int i = order.get(k);
      parts.set(i, parts.get(i).plus(FEN));
    }
    return parts;
  }

  /** {@code total} units split in proportion to {@code weights}, largest remainder first. */
  private static long[] split(long total, List<Long> weights) {
    long sum = weights.stream().mapToLong(Long::longValue).sum();
    long[] shares = new long[weights.size()];
    if (sum == 0) {
      shares[0] = total;
      return shares;
    }
    BigInteger bigTotal = BigInteger.valueOf(total);
    BigInteger bigSum = BigInteger.valueOf(sum);
    long[] remainders = new long[weights.size()];
    long given = 0;
    for (int i = 0; i < shares.length; i++) {
      BigInteger[] qr =
          bigTotal.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(bigSum);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1].longValueExact();
      given += shares[i];
    }
    List<Integer> order =
        IntStream.range(0, shares.length)
            .boxed()
            .sorted(
                Comparator.comparingLong((Integer i) -> remainders[i])
                    .reversed()
                    .thenComparing(i -> i))
            .toList();
    for (int k = 0; k < total - given; k++) {
      shares[order.get(k)]++;
    }
    return shares;
  }
}
