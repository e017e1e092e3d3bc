package cn.evpark.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.invoice.InvoiceGrouping.BatchPlan;
import cn.evpark.invoice.InvoiceGrouping.InvoicePlan;
import cn.evpark.invoice.InvoiceGrouping.PendingOrder;
import cn.evpark.invoice.InvoiceGrouping.StationPending;
import cn.evpark.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping a station's pending requested orders into its batch (money.md §8). */
class InvoiceGroupingTest {

  static final StationInvoicing READY =
      new StationInvoicing(7, 1, true, "上海某某充电有限公司", "91350100M000100Y43", "tax-account-7");

  @Test
  void plan_ordersOfSeveralRequests_oneInvoicePerRequest_summedExactly() {
    StationPending pending =
        new StationPending(
            READY,
            List.of(
                new PendingOrder(12, 103, Money.of("0.10")),
                new PendingOrder(11, 101, Money.of("12.35")),
                new PendingOrder(12, 102, Money.of("0.20")),
                new PendingOrder(11, 100, Money.of("7.65"))));

    BatchPlan plan = InvoiceGrouping.plan(pending).orElseThrow();

    assertThat(plan.station()).isEqualTo(READY);
    assertThat(plan.invoices())
        .containsExactly(
            new InvoicePlan(11, List.of(100L, 101L), Money.of("20.00")),
            new InvoicePlan(12, List.of(102L, 103L), Money.of("0.30")));
    assertThat(plan.amount()).isEqualTo(Money.of("20.30"));
  }

  @Test
  void plan_stationWithoutTaxAccountOrInvoicing_leavesItsOrdersPending() {
    List<PendingOrder> orders = List.of(new PendingOrder(1, 1, Money.of("5.00")));
    StationInvoicing noAccount =
        new StationInvoicing(7, 1, true, "上海某某充电有限公司", "91350100M000100Y43", "");
    StationInvoicing disabled =
        new StationInvoicing(7, 1, false, "上海某某充电有限公司", "91350100M000100Y43", "tax-account-7");

    assertThat(InvoiceGrouping.plan(new StationPending(noAccount, orders))).isEmpty();
    assertThat(InvoiceGrouping.plan(new StationPending(disabled, orders))).isEmpty();
    assertThat(InvoiceGrouping.plan(new StationPending(READY, List.of()))).isEmpty();
  }

  @Test
  void plan_orderPendingTwice_isRefused() {
    StationPending twice =
        new StationPending(
            READY,
            List.of(
                new PendingOrder(1, 5, Money.of("1.00")),
                new PendingOrder(2, 5, Money.of("1.00"))));

    assertThatThrownBy(() -> InvoiceGrouping.plan(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order 5");
  }
}
