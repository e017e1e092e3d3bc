package cn.evpark.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_moreThanTwoDecimals_isRefused() {
    assertThatThrownBy(() -> Money.of("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.005");
  }

  @Test
  void of_fewerDecimals_isNormalisedToFen() {
    assertThat(Money.of("3")).isEqualTo(Money.of("3.00"));
    assertThat(Money.of("3").toString()).isEqualTo("3.00");
  }

  @Test
  void roundedHalfUp_roundsTheExactAmountOnce() {
    assertThat(Money.roundedHalfUp(new BigDecimal("0.004999999"))).isEqualTo(Money.ZERO);
    assertThat(Money.roundedHalfUp(new BigDecimal("0.005"))).isEqualTo(Money.of("0.01"));
    assertThat(Money.roundedHalfUp(new BigDecimal("77.13326"))).isEqualTo(Money.of("77.13"));
  }

  @Property
  void fen_roundTrips(@ForAll @LongRange(min = -10_000_000_00L, max = 10_000_000_00L) long fen) {
    assertThat(Money.ofFen(fen).fen()).isEqualTo(fen);
  }

  @Property
  void plusAndMinus_areInverse(
      @ForAll @LongRange(min = -1_000_000L, max = 1_000_000L) long a,
      @ForAll @LongRange(min = -1_000_000L, max = 1_000_000L) long b) {
    Money x = Money.ofFen(a);
    Money y = Money.ofFen(b);
    assertThat(x.plus(y).minus(y)).isEqualTo(x);
    assertThat(x.plus(y.negated())).isEqualTo(x.minus(y));
    assertThat(x.min(y).compareTo(x.max(y))).isNotPositive();
  }
}
