package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The engine's amounts add up, to the fen, for random standards and sessions. */
class PricingEnginePropertiesTest {

  /** A session: a schedule and energy on the rate types it uses, up to 1,000 kWh each. */
  record Session(FeeSchedule schedule, TierEnergies energies) {}

  @Provide
  Arbitrary<Session> sessions() {
    return Arbitraries.randomValue(
        random -> {
          FeeSchedule schedule = FeeSchedulePropertiesTest.randomSchedule(random);
          Map<RateType, Energy> energies = new EnumMap<>(RateType.class);
          for (RateType type : schedule.rateTypes()) {
            energies.put(type, Energy.ofUnits(random.nextInt(10_000_001)));
          }
          return new Session(schedule, new TierEnergies(energies));
        });
  }

  @Property(tries = 1000)
  void total_isTheSumOfItsParts_toTheFen(@ForAll("sessions") Session session) {
    ChargingFee fee = PricingEngine.chargingFee(session.schedule(), session.energies());

    Money parts = Money.ZERO;
    for (TierCharge tier : fee.tiers()) {
      parts = parts.plus(tier.electricity()).plus(tier.service());
    }
    assertThat(parts).isEqualTo(fee.total());
    assertThat(fee.electricity().plus(fee.service())).isEqualTo(fee.total());
    assertThat(fee.energy()).isEqualTo(session.energies().total());
  }

  @Property(tries = 1000)
  void total_isTheExactAmountRoundedHalfUpOnce_andEachPartIsWithinAFen(
      @ForAll("sessions") Session session) {
    ChargingFee fee = PricingEngine.chargingFee(session.schedule(), session.energies());

    BigDecimal exactTotal = BigDecimal.ZERO;
    for (TierCharge tier : fee.tiers()) {
      BigDecimal energy = tier.energy().kwh();
      BigDecimal electricity = energy.multiply(tier.prices().electricity().yuan());
      BigDecimal service = energy.multiply(tier.prices().service().yuan());
      exactTotal = exactTotal.add(electricity).add(service);
      assertThat(tier.electricity().yuan().subtract(electricity).abs())
          .isLessThan(new BigDecimal("0.01"));
      assertThat(tier.service().yuan().subtract(service).abs()).isLessThan(new BigDecimal("0.01"));
    }
    assertThat(fee.total().yuan()).isEqualTo(exactTotal.setScale(2, RoundingMode.HALF_UP));
  }

  @Property(tries = 500)
  void meteredIntervals_keepEveryUnitOfEnergy_andPriceLikeTheirSplit(
      @ForAll("sessions") Session session,
      @ForAll @IntRange(min = 1, max = 40) int intervals,
      @ForAll Random random) {
    List<MeteredInterval> metered = new ArrayList<>();
    LocalDateTime cursor = LocalDateTime.of(2026, 11, 25, 0, 0).plusMinutes(random.nextInt(1440));
    Energy total = Energy.ZERO;
    for (int i = 0; i < intervals; i++) {
      LocalDateTime end = cursor.plusSeconds(random.nextInt(4 * 3600));
      Energy energy = Energy.ofUnits(random.nextInt(500_000));
      metered.add(new MeteredInterval(cursor, end, energy));
      total = total.plus(energy);
      cursor = end.plusSeconds(random.nextInt(600));
    }

    TierEnergies split = PricingEngine.energies(session.schedule(), metered);
    ChargingFee fee = PricingEngine.chargingFee(session.schedule(), metered, List.of());

    assertThat(split.total()).isEqualTo(total);
    assertThat(fee).isEqualTo(PricingEngine.chargingFee(session.schedule(), split));
    for (RateType type : RateType.values()) {
      if (session.schedule().prices(type).isEmpty()) {
        assertThat(split.of(type)).isEqualTo(Energy.ZERO);
      }
    }
  }

  @Property(tries = 500)
  void occupancy_depositIsDeductedAndRefunded_orTheRestIsOwed(
      @ForAll @IntRange(min = 0, max = 600) int freeMinutes,
      @ForAll @IntRange(min = 1, max = 120) int periodMinutes,
      @ForAll @IntRange(min = 0, max = 5000) int periodFen,
      @ForAll @IntRange(min = 0, max = 100_000) int depositFen,
      @ForAll boolean depositHeld,
      @ForAll @IntRange(min = 0, max = 48 * 3600) int staySeconds) {
    OccupancyCharge charge =
        new OccupancyCharge(freeMinutes, periodMinutes, BigDecimal.valueOf(periodFen, 2));
    OccupancyTerms terms =
        new OccupancyTerms(
            OccupancyChargeType.PREPAID, BigDecimal.valueOf(depositFen, 2), charge, charge);
    LocalDateTime from = LocalDateTime.of(2026, 11, 25, 18, 0);

    // a card start holds no deposit
    BigDecimal held = depositHeld ? terms.deposit() : BigDecimal.ZERO;
    OccupancyFee fee =
        PricingEngine.occupancyFee(
            terms, OccupancyKind.WITH_CHARGING_ORDER, from, from.plusSeconds(staySeconds), held);

    long chargeable = Math.max(0, staySeconds / 60 - freeMinutes);
    assertThat(fee.chargedPeriods() * periodMinutes).isGreaterThanOrEqualTo(chargeable);
    assertThat((fee.chargedPeriods() - 1) * periodMinutes).isLessThan(Math.max(chargeable, 1));
    assertThat(fee.fee()).isEqualTo(BigDecimal.valueOf(periodFen * fee.chargedPeriods(), 2));
    assertThat(fee.deducted().add(fee.refund())).isEqualByComparingTo(held);
    assertThat(fee.deducted().add(fee.arrears())).isEqualTo(fee.fee());
    assertThat(fee.refund().signum() == 0 || fee.arrears().signum() == 0).isTrue();
  }
}
