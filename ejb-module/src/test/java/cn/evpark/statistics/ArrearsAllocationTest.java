package cn.evpark.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Money;
import cn.evpark.statistics.ArrearsAllocation.OwedOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Arrears paid later count for their orders' stations, oldest arrears first (money.md §7). */
class ArrearsAllocationTest {

  static final List<OwedOrder> OWED =
      List.of(
          new OwedOrder(1, Money.of("3.00")),
          new OwedOrder(2, Money.of("5.00")),
          new OwedOrder(1, Money.of("2.00")));

  @Test
  void paidOnDay_firstPayment_paysTheOldestArrearsFirst() {
    assertThat(ArrearsAllocation.paidOnDay(OWED, Money.ZERO, Money.of("4.00")))
        .isEqualTo(Map.of(1L, Money.of("3.00"), 2L, Money.of("1.00")));
  }

  @Test
  void paidOnDay_afterEarlierPayments_startsWhereTheyStopped() {
    // 4.00 paid before covered order 1 and 1.00 of order 2; 6.00 today: 4.00 of 2, 2.00 of 3
    assertThat(ArrearsAllocation.paidOnDay(OWED, Money.of("4.00"), Money.of("6.00")))
        .isEqualTo(Map.of(2L, Money.of("4.00"), 1L, Money.of("2.00")));
  }

  @Test
  void paidOnDay_aStaysArrears_takeTheirTurn_butCountForNoStation() {
    List<OwedOrder> owed =
        List.of(
            new OwedOrder(1, Money.of("3.00")),
            new OwedOrder(1, Money.of("2.00"), false),
            new OwedOrder(2, Money.of("5.00")));

    assertThat(ArrearsAllocation.paidOnDay(owed, Money.ZERO, Money.of("6.00")))
        .isEqualTo(Map.of(1L, Money.of("3.00"), 2L, Money.of("1.00")));
  }

  @Test
  void paidOnDay_nothingPaid_isEmpty() {
    assertThat(ArrearsAllocation.paidOnDay(OWED, Money.of("3.00"), Money.ZERO)).isEmpty();
  }

  @Test
  void paidOnDay_moreThanOwed_isRefused() {
    assertThatThrownBy(() -> ArrearsAllocation.paidOnDay(OWED, Money.of("9.00"), Money.of("1.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paidOnDays_eachDayStartsWhereTheDaysBeforeStopped() {
    LocalDate first = LocalDate.of(2026, 11, 1);
    TreeMap<LocalDate, Money> paid = new TreeMap<>();
    paid.put(first.plusDays(2), Money.of("6.00"));
    paid.put(first, Money.of("1.00"));

    // 3.00 paid before the range: 1.00 on the 1st is the rest of order 2's first part, 6.00 on the
    // 3rd covers the rest of order 2 (4.00) and order 3 (2.00)
    assertThat(ArrearsAllocation.paidOnDays(OWED, Money.of("3.00"), paid))
        .isEqualTo(
            Map.of(
                new StationDayKey(2, first), Money.of("1.00"),
                new StationDayKey(2, first.plusDays(2)), Money.of("4.00"),
                new StationDayKey(1, first.plusDays(2)), Money.of("2.00")));
  }
}
