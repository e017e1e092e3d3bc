package cn.evpark.invoice;

import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One order of an {@link InvoiceRequest}. The order is the key (a UNIQUE constraint besides), so an
 * order is asked for in one request only. {@code batched} turns true once, when invoice settlement
 * puts it into its station's batch.
 */
@Entity
@Table(name = "invoice_request_order")
public class RequestedOrder {

  @Id
  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(name = "station_id", nullable = false, updatable = false)
  private long stationId;

  /** The order's total, yuan. */
  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private Money amount;

  @Column(nullable = false)
  private boolean batched;

  protected RequestedOrder() {}

  RequestedOrder(long requestId, long orderId, long stationId, Money amount) {
    this.requestId = requestId;
    this.orderId = orderId;
    this.stationId = stationId;
    this.amount = Objects.requireNonNull(amount);
  }

  public long getOrderId() {
    return orderId;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getStationId() {
    return stationId;
  }

  public Money getAmount() {
    return amount;
  }

  public boolean isBatched() {
    return batched;
  }
}
