package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.pile.SessionProgress;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.SegmentInput;
import cn.evpark.tariff.TierEnergies;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The energy per rate type of a session known from its real-time frames (money.md §3). */
class RealTimeEnergiesTest {

  /** The manual's example: 平 from 00:00, 峰 from 10:00, 尖 from 17:00, 谷 from 22:00. */
  static final Optional<FeeSchedule> MANUAL =
      Optional.of(
          FeeSchedule.of(
              List.of(
                  SegmentInput.of("平", "00:00", "0.8", "0.4"),
                  SegmentInput.of("峰", "10:00", "0.9", "0.5"),
                  SegmentInput.of("尖", "17:00", "1", "0.8"),
                  SegmentInput.of("谷", "22:00", "0.5", "0.3"))));

  /** A frame at a local (Asia/Shanghai) time, energy and amount so far. */
  static SessionProgress frame(String local, String kwh, String yuan) {
    LocalDateTime at = LocalDateTime.parse("2026-11-30T" + local);
    return new SessionProgress(
        new BigDecimal(kwh),
        new BigDecimal(yuan),
        50,
        0,
        BusinessCalendar.toStored(at.atZone(BusinessCalendar.ZONE).toInstant()));
  }

  static LocalDateTime utc(String local) {
    return BusinessCalendar.toStored(
        LocalDateTime.parse("2026-11-30T" + local).atZone(BusinessCalendar.ZONE).toInstant());
  }

  @Test
  void framesWithinOneSegment_putTheHighestEnergyOnItsRateType() {
    TierEnergies energies =
        RealTimeEnergies.of(
            MANUAL,
            utc("10:30"),
            List.of(
                frame("10:31", "0.5000", "0.7"),
                frame("11:00", "8.0000", "11.2"),
                frame("11:30", "16.2500", "22.75")));

    assertThat(energies.of(RateType.PEAK)).isEqualTo(Energy.of("16.25"));
    assertThat(energies.total()).isEqualTo(Energy.of("16.25"));
  }

  @Test
  void anIntervalAcrossABoundary_isDividedByTime_theOthersGoWhole() {
    // 09:00–09:50 at 平; 09:50–10:10 crosses into 峰: 4 kWh, half each; 10:10–10:20 at 峰
    TierEnergies energies =
        RealTimeEnergies.of(
            MANUAL,
            utc("09:00"),
            List.of(
                frame("09:50", "10.0000", "12"),
                frame("10:10", "14.0000", "16.8"),
                frame("10:20", "15.0000", "18.2")));

    assertThat(energies.of(RateType.FLAT)).isEqualTo(Energy.of("12"));
    assertThat(energies.of(RateType.PEAK)).isEqualTo(Energy.of("3"));
    assertThat(energies.total()).isEqualTo(Energy.of("15"));
  }

  @Test
  void aFrameReportingLess_addsNothing() {
    TierEnergies energies =
        RealTimeEnergies.of(
            MANUAL,
            utc("18:00"),
            List.of(
                frame("18:10", "3.0000", "5.4"),
                frame("18:20", "0.0000", "0"),
                frame("18:30", "5.0000", "9")));

    assertThat(energies.of(RateType.SHARP)).isEqualTo(Energy.of("5"));
    assertThat(energies.total()).isEqualTo(Energy.of("5"));
  }

  @Test
  void withoutASchedule_theEnergyIsPutAtFlat() {
    TierEnergies energies =
        RealTimeEnergies.of(
            Optional.empty(),
            utc("18:00"),
            List.of(frame("18:10", "3.0000", "5.4"), frame("23:30", "7.5000", "9")));

    assertThat(energies.of(RateType.FLAT)).isEqualTo(Energy.of("7.5"));
    assertThat(energies.total()).isEqualTo(Energy.of("7.5"));
  }

  @Test
  void aSessionWithoutFrames_isRefused() {
    assertThatThrownBy(() -> RealTimeEnergies.of(MANUAL, utc("18:00"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
