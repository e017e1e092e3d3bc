package cn.evpark.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EnergyTest {

  @Test
  void negativeOrTooPreciseEnergy_isRefused() {
    assertThatThrownBy(() -> Energy.of("-0.0001")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Energy.of("1.00001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 decimals");
  }

  @Test
  void units_areTenThousandthsOfAKwh() {
    assertThat(Energy.ofUnits(123_456)).isEqualTo(Energy.of("12.3456"));
    assertThat(Energy.of("12.3456").units()).isEqualTo(123_456);
  }

  @Test
  void times_isExact() {
    assertThat(Energy.of("3.3333").times(new BigDecimal("0.88001")))
        .isEqualByComparingTo("2.933337333");
  }
}
