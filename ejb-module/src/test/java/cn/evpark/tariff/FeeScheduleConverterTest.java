package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The stored text of a charging order's tariff snapshot. */
class FeeScheduleConverterTest {

  final FeeScheduleConverter converter = new FeeScheduleConverter();

  @Provide
  Arbitrary<FeeSchedule> schedules() {
    return FeeSchedulePropertiesTest.schedules();
  }

  @Property(tries = 1000)
  void everySchedule_readsBackEqual_andFitsItsColumn(@ForAll("schedules") FeeSchedule schedule) {
    String text = converter.convertToDatabaseColumn(schedule);

    assertThat(converter.convertToEntityAttribute(text)).isEqualTo(schedule);
    assertThat(text.length()).isLessThanOrEqualTo(2000);
  }

  @Test
  void text_namesRateTypeTimesAndPricesOfEachSegment() {
    FeeSchedule schedule =
        new FeeSchedule(
            List.of(
                new Segment(
                    RateType.VALLEY,
                    TimeOfDay.MIDNIGHT,
                    TimeOfDay.ofHalfHour(16),
                    TierPrices.of("0.3", "0.4")),
                new Segment(
                    RateType.PEAK,
                    TimeOfDay.ofHalfHour(16),
                    TimeOfDay.END_OF_DAY,
                    TierPrices.of("1", "0.8"))));

    assertThat(converter.convertToDatabaseColumn(schedule))
        .isEqualTo("VALLEY 00:00-08:00 0.30000 0.40000;PEAK 08:00-24:00 1.00000 0.80000");
  }

  @Test
  void null_staysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void textItDidNotWrite_isRefused() {
    assertThatThrownBy(() -> converter.convertToEntityAttribute("VALLEY 00:00 0.3 0.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VALLEY 00:00 0.3 0.4");
  }
}
