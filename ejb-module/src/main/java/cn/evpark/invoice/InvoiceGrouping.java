package cn.evpark.invoice;

import cn.evpark.shared.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How invoice settlement groups a station's pending requested orders (money.md §8): one batch per
 * station and tax account, one invoice per request in it (a request's orders at that station), its
 * amount the sum of those orders' totals. Pure.
 */
public final class InvoiceGrouping {

  private InvoiceGrouping() {}

  /**
   * A requested order not yet in a batch.
   *
   * @param amount the order's total, yuan
   */
  public record PendingOrder(long requestId, long orderId, Money amount) implements Serializable {}

  /** A station with its pending requested orders, as the job reads it. */
  public record StationPending(StationInvoicing station, List<PendingOrder> orders)
      implements Serializable {
    public StationPending {
      orders = List.copyOf(orders);
    }
  }

  /**
   * An invoice to make: a request's orders at one station.
   *
   * @param orderIds ascending
   * @param amount their sum, yuan
   */
  public record InvoicePlan(long requestId, List<Long> orderIds, Money amount)
      implements Serializable {
    public InvoicePlan {
      orderIds = List.copyOf(orderIds);
    }
  }

  /**
   * A batch to make for a station's tax account.
   *
   * @param invoices by request id, ascending
   * @param amount the sum of the invoices, yuan
   */
  public record BatchPlan(StationInvoicing station, List<InvoicePlan> invoices, Money amount)
      implements Serializable {
    public BatchPlan {
      invoices = List.copyOf(invoices);
    }
  }

  /**
   * The batch for a station's pending orders.
   *
   * @return empty when there is nothing to invoice, or the station cannot issue invoices now
   *     ({@link StationInvoicing#canIssue()}): its orders stay pending for a later run
   * @throws IllegalArgumentException when an order appears twice
   */
  public static Optional<BatchPlan> plan(StationPending pending) {
    if (pending.orders().isEmpty() || !pending.station().canIssue()) {
      return Optional.empty();
    }
    Map<Long, List<PendingOrder>> byRequest = new LinkedHashMap<>();
    pending.orders().stream()
        .sorted(
            Comparator.comparingLong(PendingOrder::requestId)
                .thenComparingLong(PendingOrder::orderId))
        .forEach(o -> byRequest.computeIfAbsent(o.requestId(), r -> new ArrayList<>()).add(o));
    List<InvoicePlan> invoices = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Money total = Money.ZERO;
    for (Map.Entry<Long, List<PendingOrder>> request : byRequest.entrySet()) {
      Money amount = Money.ZERO;
      List<Long> ids = new ArrayList<>();
      for (PendingOrder order : request.getValue()) {
        if (!seen.add(order.orderId())) {
          throw new IllegalArgumentException("order " + order.orderId() + " is pending twice");
        }
        amount = amount.plus(order.amount());
        ids.add(order.orderId());
      }
      invoices.add(new InvoicePlan(request.getKey(), ids, amount));
      total = total.plus(amount);
    }
    return Optional.of(new BatchPlan(pending.station(), invoices, total));
  }
}
