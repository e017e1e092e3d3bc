package cn.evpark.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The six figures of a station's day (money.md §7) from its sums. */
class StationDayInputsTest {

  static final StationDayKey KEY = new StationDayKey(7, LocalDate.of(2026, 11, 29));

  static StationDayInputs inputs(
      String paid, String electronic, String arrearsPaid, String service, String fee, String cut) {
    return new StationDayInputs(
        KEY,
        3,
        Energy.of("123.4567"),
        Money.of("80.00"),
        Money.of(service),
        Money.of(paid),
        Money.of(electronic),
        Money.of(arrearsPaid),
        new BigDecimal(fee),
        new BigDecimal(cut));
  }

  @Test
  void figures_received_isDebitsPlusArrearsPaidThatDay() {
    StationDayStatistics s = inputs("90.00", "60.00", "12.34", "40.00", "0.60", "6.00").figures();

    assertThat(s.getReceived()).isEqualTo(Money.of("102.34"));
    assertThat(s.getEnergy()).isEqualTo(Energy.of("123.4567"));
    assertThat(s.getElectricityFee()).isEqualTo(Money.of("80.00"));
    assertThat(s.getServiceFee()).isEqualTo(Money.of("40.00"));
    assertThat(s.key()).isEqualTo(KEY);
    assertThat(s.getOperatorId()).isEqualTo(3);
  }

  @Test
  void figures_channelFee_isOnElectronicPaymentsOnly_roundedHalfUpOnce() {
    // (60.00 wallet + 12.34 arrears) × 0.60 % = 0.43404 → 0.43; the 30.00 paid by card is not
    StationDayStatistics s = inputs("90.00", "60.00", "12.34", "40.00", "0.60", "6.00").figures();

    assertThat(s.getChannelFee()).isEqualTo(Money.of("0.43"));
  }

  @Test
  void figures_channelFee_halfAFenRoundsUp() {
    // 0.75 × 0.60 % = 0.0045 → 0.00; 2.50 × 0.60 % = 0.015 → 0.02
    assertThat(inputs("0.75", "0.75", "0.00", "0.00", "0.60", "0").figures().getChannelFee())
        .isEqualTo(Money.of("0.00"));
    assertThat(inputs("2.50", "2.50", "0.00", "0.00", "0.60", "0").figures().getChannelFee())
        .isEqualTo(Money.of("0.02"));
  }

  @Test
  void figures_platformCommission_isOnTheServiceFeeAfterBenefits() {
    // 40.00 × 6.25 % = 2.5
    StationDayStatistics s = inputs("90.00", "60.00", "0.00", "40.00", "0.60", "6.25").figures();

    assertThat(s.getPlatformCommission()).isEqualTo(Money.of("2.50"));
  }

  @Test
  void figures_freeStation_isAllZeroButEnergy() {
    StationDayStatistics s =
        new StationDayInputs(
                KEY,
                3,
                Energy.of("55.0000"),
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                new BigDecimal("0.60"),
                new BigDecimal("6.00"))
            .figures();

    assertThat(s.getReceived()).isEqualTo(Money.ZERO);
    assertThat(s.getChannelFee()).isEqualTo(Money.ZERO);
    assertThat(s.getPlatformCommission()).isEqualTo(Money.ZERO);
    assertThat(s.getEnergy()).isEqualTo(Energy.of("55"));
  }

  @Test
  void inputs_electronicAboveAllPayments_isRefused() {
    assertThatThrownBy(() -> inputs("10.00", "10.01", "0.00", "0.00", "0.60", "0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
