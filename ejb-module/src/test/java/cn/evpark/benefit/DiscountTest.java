package cn.evpark.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Energy;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.TierAmounts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountTest {

  @Test
  void adjustment_takesThePercentOffEachPart_exactly() {
    Discount discount = new Discount(new BigDecimal("20"), new BigDecimal("12.5"));
    TierAmounts amounts =
        new TierAmounts(
            RateType.PEAK, Energy.ofUnits(100_000), new BigDecimal("8.333"), new BigDecimal("4"));

    TierAmounts adjusted = discount.adjustment().apply(List.of(amounts)).get(0);

    assertThat(adjusted.electricity()).isEqualByComparingTo("6.6664");
    assertThat(adjusted.service()).isEqualByComparingTo("3.5");
  }

  @Test
  void constructor_refusesOutOfRange_threeDecimals_andNothingOff() {
    assertThatThrownBy(() -> new Discount(new BigDecimal("101"), BigDecimal.ZERO))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Discount(new BigDecimal("-1"), BigDecimal.TEN))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Discount(new BigDecimal("1.234"), BigDecimal.TEN))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Discount(BigDecimal.ZERO, BigDecimal.ZERO))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("something off");
    assertThatThrownBy(() -> new Discount(null, BigDecimal.TEN))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void free_isHundredPercentOffBoth() {
    assertThat(Discount.FREE.isFree()).isTrue();
    assertThat(new Discount(new BigDecimal("100.00"), new BigDecimal("99")).isFree()).isFalse();
  }
}
