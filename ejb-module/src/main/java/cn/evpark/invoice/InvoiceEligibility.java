package cn.evpark.invoice;

import cn.evpark.shared.Money;
import cn.evpark.shared.RuleViolation;
import cn.evpark.station.TaxpayerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which orders a driver may ask an invoice for (money.md §8): settled and paid (已支付: the invoice
 * states money received; an order in arrears is invoiced once it is paid, a free one never), of the
 * request's operator, at a station with 电子发票 开通, and not in another request. Also the buyer: a
 * company needs a valid taxpayer id (GB 32100-2015). Pure; the service reads the facts.
 */
public final class InvoiceEligibility {

  private InvoiceEligibility() {}

  /**
   * What the request needs to know of one of its orders.
   *
   * @param state the order's state name ({@code SETTLED} …)
   * @param paymentStatus its payment status name ({@code PAID} …), null before settlement
   * @param total yuan, null before settlement
   * @param stationInvoices whether its station has 电子发票 开通
   * @param requested whether another request has it already
   */
  public record OrderFacts(
      String orderNo,
      long orderId,
      long operatorId,
      long stationId,
      String state,
      String paymentStatus,
      Money total,
      boolean stationInvoices,
      boolean requested) {}

  /**
   * Every broken rule of a request, empty when it may be made.
   *
   * @param facts one per order of the application, in its order
   */
  public static List<RuleViolation> check(InvoiceApplication application, List<OrderFacts> facts) {
    List<RuleViolation> broken = new ArrayList<>();
    if (application.buyerType() == BuyerType.COMPANY
        && !TaxpayerId.isValid(application.buyerTaxNumber())) {
      broken.add(
          new RuleViolation(
              "buyerTaxNumber",
              "invoice.buyer.taxNumber",
              List.of(),
              "a company's invoice needs its 18-character unified social credit code"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < facts.size(); i++) {
      OrderFacts order = facts.get(i);
      String field = "orderNos[" + i + "]";
      List<String> args = List.of(order.orderNo());
      if (!seen.add(order.orderNo())) {
        broken.add(
            new RuleViolation(field, "invoice.order.twice", args, "the order is named twice"));
      } else if (order.operatorId() != application.operatorId()) {
        broken.add(
            new RuleViolation(
                field, "invoice.order.operator", args, "the order is of another operator"));
      } else if (!"SETTLED".equals(order.state())) {
        broken.add(
            new RuleViolation(field, "invoice.order.notSettled", args, "the order is not settled"));
      } else if (!"PAID".equals(order.paymentStatus())
          || order.total() == null
          || !order.total().isPositive()) {
        broken.add(
            new RuleViolation(field, "invoice.order.notPaid", args, "the order is not paid"));
      } else if (order.requested()) {
        broken.add(
            new RuleViolation(
                field, "invoice.order.requested", args, "an invoice was asked for already"));
      } else if (!order.stationInvoices()) {
        broken.add(
            new RuleViolation(
                field, "invoice.order.stationClosed", args, "the station issues no e-invoices"));
      }
    }
    return broken;
  }
}
