package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  @Test
  void manualExample_isValid_andRunsToMidnight() {
    FeeSchedule schedule = Standards.manualExample();

    assertThat(schedule.segments())
        .extracting(s -> s.rateType().label() + " " + s.start() + "-" + s.end())
        .containsExactly("平 00:00-10:00", "峰 10:00-17:00", "尖 17:00-22:00", "谷 22:00-24:00");
    assertThat(schedule.prices(RateType.SHARP).orElseThrow())
        .isEqualTo(TierPrices.of("1.00000", "0.80000"));
    assertThat(schedule.segmentAt(LocalTime.of(23, 59)).rateType()).isEqualTo(RateType.VALLEY);
    assertThat(schedule.segmentAt(LocalTime.of(9, 59)).rateType()).isEqualTo(RateType.FLAT);
  }

  @Test
  void lastSegment_notEndingAt24_isCompletedTo24() {
    FeeSchedule schedule =
        FeeSchedule.of(
            List.of(
                new SegmentInput("FLAT", "00:00", "08:00", BigDecimal.ONE, BigDecimal.ONE),
                new SegmentInput("PEAK", "08:00", "20:00", BigDecimal.TEN, BigDecimal.ONE)));

    assertThat(schedule.segments().get(1).end()).isEqualTo(TimeOfDay.END_OF_DAY);
  }

  @Test
  void neighboursOfOneRateType_areOneSegment() {
    FeeSchedule schedule =
        FeeSchedule.of(
            List.of(
                SegmentInput.of("谷", "00:00", "0.3", "0.2"),
                SegmentInput.of("谷", "06:00", "0.3", "0.2"),
                SegmentInput.of("平", "08:00", "0.6", "0.2")));

    assertThat(schedule.segments())
        .extracting(s -> s.start() + "-" + s.end())
        .containsExactly("00:00-08:00", "08:00-24:00");
  }

  @Test
  void rateTypes_acceptNamesAndLabels() {
    assertThat(RateType.parse("peak")).contains(RateType.PEAK);
    assertThat(RateType.parse(" 尖 ")).contains(RateType.SHARP);
    assertThat(RateType.parse("超峰")).isEmpty();
  }

  @Test
  void noRows_breakTheRuleThatASegmentIsRequired() {
    assertThat(codes(List.of())).containsExactly("tariff.segments.required");
  }

  @Test
  void everyRuleABadRowBreaks_isReportedWithItsRow() {
    List<SegmentInput> rows = new ArrayList<>(Standards.manualExampleRows());
    rows.set(1, SegmentInput.of("峰", "10:15", "-0.9", "0.5"));
    rows.set(2, SegmentInput.of("X", "24:00", "1.000001", null));

    List<RuleViolation> broken = FeeSchedule.rulesBrokenBy(rows);

    assertThat(broken)
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("segments[1].start", "tariff.segments.halfHour"),
            org.assertj.core.groups.Tuple.tuple(
                "segments[1].electricity", "tariff.segments.priceNegative"),
            org.assertj.core.groups.Tuple.tuple("segments[2].rateType", "tariff.segments.rateType"),
            org.assertj.core.groups.Tuple.tuple("segments[2].start", "tariff.segments.closedLoop"),
            org.assertj.core.groups.Tuple.tuple(
                "segments[2].electricity", "tariff.segments.priceScale"),
            org.assertj.core.groups.Tuple.tuple(
                "segments[2].service", "tariff.segments.priceRequired"));
    assertThat(broken.get(0).arguments()).containsExactly("2");
  }

  @Test
  void anEndThatIsNotTheNextStart_breaksTheClosedLoop() {
    List<SegmentInput> rows =
        List.of(
            new SegmentInput("FLAT", "00:00", "09:00", BigDecimal.ONE, BigDecimal.ONE),
            new SegmentInput("PEAK", "10:00", null, BigDecimal.TEN, BigDecimal.ONE));

    assertThat(codes(rows)).containsExactly("tariff.segments.closedLoop");
  }

  @Test
  void sameRateTypeAtTwoPrices_namesBothRows() {
    List<SegmentInput> rows =
        List.of(
            SegmentInput.of("平", "00:00", "0.8", "0.4"),
            SegmentInput.of("峰", "10:00", "0.9", "0.5"),
            SegmentInput.of("平", "17:00", "0.8", "0.45"));

    List<RuleViolation> broken = FeeSchedule.rulesBrokenBy(rows);

    assertThat(broken)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("tariff.segments.samePrice");
              assertThat(v.arguments()).containsExactly("3", "1");
            });
  }

  @Test
  void refusal_carriesTheStandardCodeAndEveryRule() {
    assertThatThrownBy(() -> FeeSchedule.of(List.of(SegmentInput.of("平", "01:00", "1", "1"))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(FeeSchedule.INVALID);
              assertThat(e.violations())
                  .extracting(RuleViolation::code)
                  .containsExactly("tariff.segments.firstAtMidnight");
            });
  }

  static List<String> codes(List<SegmentInput> rows) {
    return FeeSchedule.rulesBrokenBy(rows).stream().map(RuleViolation::code).toList();
  }
}
