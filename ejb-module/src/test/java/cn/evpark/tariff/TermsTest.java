package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the reservation and occupancy fee rules, each with its own code. */
class TermsTest {

  static List<String> codes(List<RuleViolation> violations) {
    return violations.stream().map(RuleViolation::code).toList();
  }

  @Test
  void manualReservationExample_isValid() {
    assertThat(ReservationTerms.rulesBrokenBy(3, List.of(ReservationTier.of(60, "5")))).isEmpty();
  }

  @Test
  void reservation_everyFieldIsChecked() {
    assertThat(codes(ReservationTerms.rulesBrokenBy(0, List.of())))
        .containsExactly("tariff.reservation.dailyLimit", "tariff.reservation.tiers.required");
    assertThat(codes(ReservationTerms.rulesBrokenBy(100, List.of(ReservationTier.of(60, "5")))))
        .containsExactly("tariff.reservation.dailyLimit");
    assertThat(
            codes(
                ReservationTerms.rulesBrokenBy(
                    3,
                    List.of(
                        ReservationTier.of(0, "5"),
                        ReservationTier.of(1441, "5"),
                        ReservationTier.of(60, "-1"),
                        ReservationTier.of(60, "5.001"),
                        new ReservationTier(30, null)))))
        .containsExactly(
            "tariff.reservation.minutes",
            "tariff.reservation.minutes",
            "tariff.reservation.fee",
            "tariff.reservation.minutesRepeated",
            "tariff.reservation.fee",
            "tariff.reservation.fee");
    assertThat(
            codes(
                ReservationTerms.rulesBrokenBy(
                    3,
                    java.util.stream.IntStream.rangeClosed(1, 11)
                        .mapToObj(m -> ReservationTier.of(m * 10, "1"))
                        .toList())))
        .containsExactly("tariff.reservation.tiers.tooMany");
  }

  @Test
  void manualOccupancyExample_isValid() {
    assertThat(PricingEngineTest.MANUAL_OCCUPANCY.deposit()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void occupancy_everyFieldIsChecked() {
    assertThat(
            codes(
                OccupancyTerms.rulesBrokenBy(
                    null,
                    new BigDecimal("10000"),
                    OccupancyCharge.of(-1, 0, "1.555"),
                    OccupancyCharge.of(1441, 1441, "-1"))))
        .containsExactly(
            "tariff.occupancy.chargeType",
            "tariff.occupancy.deposit",
            "tariff.occupancy.withOrder.freeMinutes",
            "tariff.occupancy.withOrder.periodMinutes",
            "tariff.occupancy.withOrder.periodFee",
            "tariff.occupancy.withoutOrder.freeMinutes",
            "tariff.occupancy.withoutOrder.periodMinutes",
            "tariff.occupancy.withoutOrder.periodFee");
    assertThat(
            codes(
                OccupancyTerms.rulesBrokenBy(
                    OccupancyChargeType.PREPAID, new BigDecimal("0.001"), null, null)))
        .contains("tariff.occupancy.deposit", "tariff.occupancy.withOrder.freeMinutes");
  }
}
