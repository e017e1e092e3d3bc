package cn.evpark.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.invoice.InvoiceEligibility.OrderFacts;
import cn.evpark.shared.Money;
import cn.evpark.shared.RuleViolation;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Which orders a driver may ask an invoice for (money.md §8). */
class InvoiceEligibilityTest {

  static InvoiceApplication application(BuyerType type, String taxNumber, String... orderNos) {
    return new InvoiceApplication(
        1, type, "上海某某科技有限公司", taxNumber, "driver@example.com", List.of(orderNos));
  }

  static OrderFacts order(String no, long operator, String state, String payment, String total) {
    return new OrderFacts(
        no,
        no.hashCode(),
        operator,
        7,
        state,
        payment,
        total == null ? null : Money.of(total),
        true,
        false);
  }

  @Test
  void check_settledPaidOrdersOfTheOperator_areAccepted() {
    List<RuleViolation> broken =
        InvoiceEligibility.check(
            application(BuyerType.COMPANY, "91350100M000100Y43", "A", "B"),
            List.of(
                order("A", 1, "SETTLED", "PAID", "10.00"),
                order("B", 1, "SETTLED", "PAID", "0.01")));

    assertThat(broken).isEmpty();
  }

  @Test
  void check_eachOrderNamesItsRule_inTheApplicationsOrder() {
    OrderFacts requested =
        new OrderFacts("F", 6, 1, 7, "SETTLED", "PAID", Money.of("3.00"), true, true);
    OrderFacts closedStation =
        new OrderFacts("G", 7, 1, 7, "SETTLED", "PAID", Money.of("3.00"), false, false);

    List<RuleViolation> broken =
        InvoiceEligibility.check(
            application(BuyerType.PERSONAL, "", "A", "B", "C", "D", "E", "F", "G", "A"),
            List.of(
                order("A", 1, "SETTLED", "PAID", "10.00"),
                order("B", 2, "SETTLED", "PAID", "10.00"),
                order("C", 1, "CHARGING", null, null),
                order("D", 1, "SETTLED", "PARTLY_PAID", "10.00"),
                order("E", 1, "SETTLED", "FREE", "0.00"),
                requested,
                closedStation,
                order("A", 1, "SETTLED", "PAID", "10.00")));

    assertThat(broken)
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactly(
            Tuple.tuple("orderNos[1]", "invoice.order.operator"),
            Tuple.tuple("orderNos[2]", "invoice.order.notSettled"),
            Tuple.tuple("orderNos[3]", "invoice.order.notPaid"),
            Tuple.tuple("orderNos[4]", "invoice.order.notPaid"),
            Tuple.tuple("orderNos[5]", "invoice.order.requested"),
            Tuple.tuple("orderNos[6]", "invoice.order.stationClosed"),
            Tuple.tuple("orderNos[7]", "invoice.order.twice"));
    assertThat(broken.get(0).arguments()).containsExactly("B");
  }

  @Test
  void check_companyWithoutValidTaxNumber_isRefused_personNeedsNone() {
    List<OrderFacts> paid = List.of(order("A", 1, "SETTLED", "PAID", "10.00"));

    assertThat(InvoiceEligibility.check(application(BuyerType.COMPANY, "", "A"), paid))
        .extracting(RuleViolation::code)
        .containsExactly("invoice.buyer.taxNumber");
    assertThat(
            InvoiceEligibility.check(
                application(BuyerType.COMPANY, "91350100M000100Y44", "A"), paid))
        .extracting(RuleViolation::code)
        .containsExactly("invoice.buyer.taxNumber");
    assertThat(InvoiceEligibility.check(application(BuyerType.PERSONAL, "", "A"), paid)).isEmpty();
  }
}
