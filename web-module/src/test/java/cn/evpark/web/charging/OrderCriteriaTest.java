package cn.evpark.web.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.charging.ChargingType;
import cn.evpark.charging.OrderFilter;
import cn.evpark.charging.OrderState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderCriteriaTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  static OrderCriteria dates(LocalDate from, LocalDate to) {
    return new OrderCriteria(null, null, null, from, to, null, null, null);
  }

  static OrderCriteria texts(String phone, String pileCode, String orderNo) {
    return new OrderCriteria(null, null, phone, null, null, null, pileCode, orderNo);
  }

  @Test
  void problems_toBeforeFrom_namesTheToField() {
    assertThat(dates(DAY, DAY.minusDays(1)).problems())
        .containsExactly(new OrderCriteria.Problem("to", "orders.filter.toBeforeFrom"));
  }

  @Test
  void problems_sameDayOrOpenRange_none() {
    assertThat(dates(DAY, DAY).problems()).isEmpty();
    assertThat(dates(DAY, null).problems()).isEmpty();
    assertThat(dates(null, DAY).problems()).isEmpty();
  }

  @Test
  void problems_malformedPhonePileCodeAndOrderNo_eachOnItsField() {
    assertThat(texts("1380000", "3201020000000", "2026112500000000x").problems())
        .extracting(OrderCriteria.Problem::field)
        .containsExactly("phone", "pileCode", "orderNo");
  }

  @Test
  void problems_wellFormedTextsWithSpaces_none() {
    assertThat(texts(" 13800000000 ", "32010200000001 ", " 202611250000000051").problems())
        .isEmpty();
  }

  @Test
  void blanks_meanAny_andTextIsStripped() {
    OrderCriteria criteria = texts("  ", " 32010200000001 ", "");

    assertThat(criteria.phone()).isNull();
    assertThat(criteria.orderNo()).isNull();
    assertThat(criteria.pileCode()).isEqualTo("32010200000001");
  }

  @Test
  void toFilter_carriesEveryFilter() {
    OrderCriteria criteria =
        new OrderCriteria(
            7L,
            ChargingType.OFFLINE_CARD,
            "13800000000",
            DAY,
            DAY.plusDays(2),
            OrderState.SETTLED,
            "32010200000001",
            "202611250000000051");

    assertThat(criteria.toFilter())
        .isEqualTo(
            new OrderFilter(
                7L,
                ChargingType.OFFLINE_CARD,
                "13800000000",
                DAY,
                DAY.plusDays(2),
                OrderState.SETTLED,
                "32010200000001",
                "202611250000000051"));
    assertThat(OrderCriteria.ANY.toFilter()).isEqualTo(OrderFilter.NONE);
  }
}
