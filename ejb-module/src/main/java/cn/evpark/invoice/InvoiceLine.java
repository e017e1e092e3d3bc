package cn.evpark.invoice;

import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * An order on an invoice. The order is the primary key: an order is on one invoice at most, so no
 * order is ever invoiced twice (money.md §8), also when two settlement runs overlap or a killed run
 * is run again — the second insert fails and its transaction rolls back.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

  @Id
  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private long invoiceId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private Money amount;

  protected InvoiceLine() {}

  InvoiceLine(long orderId, long invoiceId, Money amount) {
    this.orderId = orderId;
    this.invoiceId = invoiceId;
    this.amount = Objects.requireNonNull(amount);
  }

  public long getOrderId() {
    return orderId;
  }

  public long getInvoiceId() {
    return invoiceId;
  }

  public Money getAmount() {
    return amount;
  }
}
