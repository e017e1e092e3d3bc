package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingEngineTest {

  static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 25, 0, 0);

  static MeteredInterval interval(String from, String to, String kwh) {
    return new MeteredInterval(at(from), at(to), Energy.of(kwh));
  }

  static LocalDateTime at(String hhmm) {
    String[] parts = hhmm.split(":");
    return DAY.plusHours(Integer.parseInt(parts[0])).plusMinutes(Integer.parseInt(parts[1]));
  }

  /**
   * The manual's example standard over a session from 09:40 to 22:20 in four metered intervals,
   * three of them across a segment boundary (10:00 平→峰, 17:00 峰→尖, 22:00 尖→谷).
   */
  @Test
  void manualExample_pricesASessionAcrossFourPeriods() {
    List<MeteredInterval> session =
        List.of(
            interval("09:40", "10:20", "8.0000"), // 20 min 平, 20 min 峰
            interval("10:20", "16:50", "39.0000"), // 峰
            interval("16:50", "17:10", "3.3333"), // 10 min 峰, 10 min 尖
            interval("21:50", "22:20", "6.0000")); // 10 min 尖, 20 min 谷

    TierEnergies energies = PricingEngine.energies(Standards.manualExample(), session);
    ChargingFee fee = PricingEngine.chargingFee(Standards.manualExample(), session, List.of());

    // 16:50–17:10 splits 3.3333 kWh in half; the odd 0.0001 goes to the earlier piece.
    assertThat(energies)
        .isEqualTo(
            TierEnergies.of(
                Energy.of("3.6666"),
                Energy.of("44.6667"),
                Energy.of("4.0000"),
                Energy.of("4.0000")));
    // exact: 平 3.2 + 1.6, 峰 40.20003 + 22.33335, 尖 3.6666 + 2.93328, 谷 2.0 + 1.2; cut to the
    // fen they make 77.12, and the fen left over goes to 尖's electricity, which lost most (0.0066)
    assertThat(fee.tiers())
        .extracting(
            t ->
                t.rateType().label() + " " + t.energy() + " " + t.electricity() + " " + t.service())
        .containsExactly(
            "平 4.0000 3.20 1.60",
            "峰 44.6667 40.20 22.33",
            "尖 3.6666 3.67 2.93",
            "谷 4.0000 2.00 1.20");
    assertThat(fee.energy()).isEqualTo(Energy.of("56.3333"));
    assertThat(fee.electricity()).isEqualTo(Money.of("49.07"));
    assertThat(fee.service()).isEqualTo(Money.of("28.06"));
    // 77.13326 rounded half up, once
    assertThat(fee.total()).isEqualTo(Money.of("77.13"));
  }

  @Test
  void transactionRecordEnergies_arePricedPerRateType() {
    ChargingFee fee =
        PricingEngine.chargingFee(
            Standards.manualExample(),
            TierEnergies.of(
                Energy.of("1.0000"),
                Energy.of("2.0000"),
                Energy.of("3.0000"),
                Energy.of("0.0050")));

    // 尖 1×(1+0.8)=1.8, 峰 2×1.4=2.8, 平 3×1.2=3.6, 谷 0.005×0.8=0.004 → 8.204
    assertThat(fee.total()).isEqualTo(Money.of("8.20"));
    assertThat(fee.tier(RateType.VALLEY).orElseThrow().total()).isEqualTo(Money.ZERO);
  }

  @Test
  void totalIsRoundedHalfUpOnce_notThePartsOneByOne() {
    FeeSchedule flat = FeeSchedule.of(List.of(SegmentInput.of("平", "00:00", "0.125", "0.125")));

    ChargingFee fee =
        PricingEngine.chargingFee(
            flat, TierEnergies.of(Energy.ZERO, Energy.ZERO, Energy.of("1"), Energy.ZERO));

    // 0.125 + 0.125 = 0.25; rounding each part first would give 0.26
    assertThat(fee.total()).isEqualTo(Money.of("0.25"));
    assertThat(fee.electricity()).isEqualTo(Money.of("0.13"));
    assertThat(fee.service()).isEqualTo(Money.of("0.12"));
  }

  @Test
  void freeStation_costsNothing() {
    ChargingFee fee =
        PricingEngine.chargingFee(
            FeeSchedule.FREE, List.of(interval("08:00", "12:00", "40.0000")), List.of());

    assertThat(fee.total()).isEqualTo(Money.of("0.00"));
    assertThat(fee.energy()).isEqualTo(Energy.of("40"));
  }

  @Test
  void adjustment_seesTheExactAmounts_andTheResultIsRoundedOnce() {
    FeeSchedule flat = FeeSchedule.of(List.of(SegmentInput.of("平", "00:00", "0.33333", "0")));
    List<TierAmounts> seen = new java.util.ArrayList<>();
    PriceAdjustment tenPercentOff =
        amounts -> {
          seen.addAll(amounts);
          return amounts.stream()
              .map(
                  a ->
                      a.withAmounts(
                          a.electricity().multiply(new BigDecimal("0.9")),
                          a.service().multiply(new BigDecimal("0.9"))))
              .toList();
        };

    ChargingFee fee =
        PricingEngine.chargingFee(
            flat,
            TierEnergies.of(Energy.ZERO, Energy.ZERO, Energy.of("3.0000"), Energy.ZERO),
            List.of(tenPercentOff));

    assertThat(seen)
        .singleElement()
        .satisfies(a -> assertThat(a.electricity()).isEqualByComparingTo("0.99999"));
    // 0.899991 → 0.90
    assertThat(fee.total()).isEqualTo(Money.of("0.90"));
  }

  @Test
  void energyOnARateTypeTheStandardLacks_isRefused() {
    FeeSchedule flat = FeeSchedule.of(List.of(SegmentInput.of("平", "00:00", "1", "0")));

    assertThatThrownBy(
            () ->
                PricingEngine.chargingFee(
                    flat, TierEnergies.of(Energy.of("1"), Energy.ZERO, Energy.ZERO, Energy.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHARP");
  }

  @Test
  void intervalAcrossMidnight_splitsIntoBothDays() {
    TierEnergies energies =
        PricingEngine.energies(
            Standards.manualExample(),
            List.of(
                new MeteredInterval(at("23:00"), at("23:00").plusHours(2), Energy.of("2.0000"))));

    assertThat(energies.of(RateType.VALLEY)).isEqualTo(Energy.of("1"));
    assertThat(energies.of(RateType.FLAT)).isEqualTo(Energy.of("1"));
  }

  /** The manual's occupancy example (二、2.3): deposit 10, 15 free minutes, 1.5 yuan per 30. */
  static final OccupancyTerms MANUAL_OCCUPANCY =
      new OccupancyTerms(
          OccupancyChargeType.PREPAID,
          new BigDecimal("10"),
          OccupancyCharge.of(15, 30, "1.5"),
          OccupancyCharge.of(15, 30, "1.5"));

  @ParameterizedTest(name = "stay {0}s after charging: fee {1}, refund {2}, arrears {3}")
  @CsvSource({
    "0, 0.00, 10.00, 0.00, 0",
    "900, 0.00, 10.00, 0.00, 0", // exactly the free 15 minutes
    "959, 0.00, 10.00, 0.00, 0", // 15 min 59 s: a started minute is not counted
    "960, 1.50, 8.50, 0.00, 1", // 16 minutes: one started period
    "2700, 1.50, 8.50, 0.00, 1", // 45 minutes: one whole period
    "2760, 3.00, 7.00, 0.00, 2", // 46 minutes: the second period started
    "11700, 9.00, 1.00, 0.00, 6", // 3 h 15 min: six periods
    "12300, 10.50, 0.00, 0.50, 7", // 3 h 25 min: deposit used up, 0.50 owed
    "18000, 15.00, 0.00, 5.00, 10" // 5 hours: 285 minutes, ten periods
  })
  void manualOccupancyExample_withACharingOrder(
      long seconds, String fee, String refund, String arrears, long periods) {
    OccupancyFee result =
        PricingEngine.occupancyFee(
            MANUAL_OCCUPANCY,
            OccupancyKind.WITH_CHARGING_ORDER,
            at("18:00"),
            at("18:00").plusSeconds(seconds),
            MANUAL_OCCUPANCY.deposit());

    assertThat(result.fee()).isEqualTo(new BigDecimal(fee));
    assertThat(result.refund()).isEqualTo(new BigDecimal(refund));
    assertThat(result.arrears()).isEqualTo(new BigDecimal(arrears));
    assertThat(result.chargedPeriods()).isEqualTo(periods);
    assertThat(result.deposit()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void occupancyWithoutACharingOrder_hasNoDeposit_soTheFeeIsOwed() {
    OccupancyFee result =
        PricingEngine.occupancyFee(
            MANUAL_OCCUPANCY,
            OccupancyKind.WITHOUT_CHARGING_ORDER,
            at("08:00"),
            at("08:46"),
            BigDecimal.ZERO);

    assertThat(result.occupiedMinutes()).isEqualTo(46);
    assertThat(result.freeMinutes()).isEqualTo(15);
    assertThat(result.fee()).isEqualTo(new BigDecimal("3.00"));
    assertThat(result.refund()).isEqualTo(new BigDecimal("0.00"));
    assertThat(result.arrears()).isEqualTo(new BigDecimal("3.00"));
  }

  /** The manual's reservation example (二、2.2): 3 a day, 60 minutes for 5 yuan. */
  @Test
  void manualReservationExample() {
    ReservationTerms terms =
        new ReservationTerms(3, List.of(ReservationTier.of(120, "8"), ReservationTier.of(60, "5")));

    assertThat(PricingEngine.reservationFee(terms, 60)).contains(new BigDecimal("5.00"));
    assertThat(PricingEngine.reservationFee(terms, 45)).contains(new BigDecimal("5.00"));
    assertThat(PricingEngine.reservationFee(terms, 61)).contains(new BigDecimal("8.00"));
    assertThat(PricingEngine.reservationFee(terms, 121)).isEmpty();
    assertThat(terms.allowsAnother(2)).isTrue();
    assertThat(terms.allowsAnother(3)).isFalse();
    assertThat(terms.tiers()).extracting(ReservationTier::minutes).containsExactly(60, 120);
  }
}
