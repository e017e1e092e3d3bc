package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.RuleViolation;
import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.message.BillingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid standards map onto a 48-slot YKC billing model and back unchanged; rows that break one rule
 * are refused with exactly that rule.
 */
class FeeSchedulePropertiesTest {

  /** Canonical schedules: 1–12 segments on random half hours, neighbours of different types. */
  @Provide
  static Arbitrary<FeeSchedule> schedules() {
    return Arbitraries.randomValue(FeeSchedulePropertiesTest::randomSchedule);
  }

  static FeeSchedule randomSchedule(Random random) {
    int segments = 1 + random.nextInt(12);
    Set<Integer> starts = new TreeSet<>();
    starts.add(0);
    while (starts.size() < segments) {
      starts.add(1 + random.nextInt(47));
    }
    Map<RateType, TierPrices> prices = new EnumMap<>(RateType.class);
    for (RateType type : RateType.values()) {
      prices.put(type, new TierPrices(price(random), price(random)));
    }
    List<Integer> halfHours = new ArrayList<>(starts);
    List<Segment> result = new ArrayList<>();
    RateType previous = null;
    for (int i = 0; i < halfHours.size(); i++) {
      RateType type;
      do {
        type = RateType.values()[random.nextInt(4)];
      } while (type == previous);
      int end = i + 1 < halfHours.size() ? halfHours.get(i + 1) : 48;
      result.add(
          new Segment(
              type,
              TimeOfDay.ofHalfHour(halfHours.get(i)),
              TimeOfDay.ofHalfHour(end),
              prices.get(type)));
      previous = type;
    }
    return new FeeSchedule(result);
  }

  static UnitPrice price(Random random) {
    // a third of the prices are "round" (0.8, 1), the rest use all five decimals
    long unscaled =
        random.nextInt(3) == 0 ? random.nextInt(300) * 1000L : random.nextInt(10_000_000);
    return new UnitPrice(BigDecimal.valueOf(unscaled, 5));
  }

  @Property(tries = 1000)
  void validStandard_mapsTo48Slots_andBackUnchanged(
      @ForAll("schedules") FeeSchedule schedule,
      @ForAll("modelNumbers") BillingModelNumber number) {
    BillingModel model = BillingModelMapping.toModel(schedule, number);

    assertThat(model.slots()).hasSize(48);
    assertThat(model.number()).isEqualTo(number);
    assertThat(BillingModelMapping.toSchedule(model)).isEqualTo(schedule);
  }

  @Property(tries = 1000)
  void validStandard_enteredAsRows_givesItself(@ForAll("schedules") FeeSchedule schedule) {
    assertThat(FeeSchedule.of(withoutEnds(schedule))).isEqualTo(schedule);
    assertThat(FeeSchedule.of(schedule.toInputs())).isEqualTo(schedule);
  }

  @Property(tries = 1000)
  void modelSlots_followTheSegments(@ForAll("schedules") FeeSchedule schedule) {
    BillingModel model = BillingModelMapping.toModel(schedule, BillingModelNumber.of("0001"));

    for (int slot = 0; slot < 48; slot++) {
      Segment segment = schedule.segmentAt(java.time.LocalTime.of(slot / 2, slot % 2 * 30));
      assertThat(BillingModelMapping.rateType(model.slots().get(slot)))
          .isEqualTo(segment.rateType());
      assertThat(model.prices(model.slots().get(slot)).electricity())
          .isEqualTo(segment.prices().electricity().yuan());
    }
  }

  @Property(tries = 2000)
  void rowsBreakingOneRule_areRefusedWithThatRule(
      @ForAll("schedules") FeeSchedule schedule, @ForAll ScheduleRule rule, @ForAll Random random) {
    List<SegmentInput> rows = RuleBreaker.breakRule(withoutEnds(schedule), rule, random);

    List<RuleViolation> broken = FeeSchedule.rulesBrokenBy(rows);

    assertThat(broken.stream().map(RuleViolation::code).collect(Collectors.toSet()))
        .as("rows %s", rows)
        .containsExactly(rule.code());
  }

  @Provide
  Arbitrary<BillingModelNumber> modelNumbers() {
    return Arbitraries.integers()
        .between(1, 9999)
        .map(n -> BillingModelNumber.of(String.format("%04d", n)));
  }

  static List<SegmentInput> withoutEnds(FeeSchedule schedule) {
    return schedule.toInputs().stream()
        .map(r -> new SegmentInput(r.rateType(), r.start(), null, r.electricity(), r.service()))
        .toList();
  }
}
