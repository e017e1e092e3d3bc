package cn.evpark.invoice;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A driver's request for an e-invoice for settled, paid orders of one operator (money.md §8). Never
 * changed once made: its orders ({@link RequestedOrder}) are batched per station by invoice
 * settlement, and what became of them is the state of those batches.
 */
@Entity
@Table(name = "invoice_request")
@OperatorOwned("operatorId")
public class InvoiceRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "driver_id", nullable = false, updatable = false)
  private long driverId;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_type", nullable = false, updatable = false, length = 16)
  private BuyerType buyerType;

  @Column(nullable = false, updatable = false, length = 100)
  private String title;

  @Column(name = "buyer_tax_number", updatable = false, length = 20)
  private String buyerTaxNumber;

  @Column(nullable = false, updatable = false, length = 254)
  private String email;

  /** The sum of its orders' totals, yuan. */
  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private Money amount;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  protected InvoiceRequest() {}

  /**
   * @param application checked by the caller (buyer, orders)
   * @param amount the sum of the orders' totals
   * @param requestedAt UTC
   */
  InvoiceRequest(
      long driverId, InvoiceApplication application, Money amount, LocalDateTime requestedAt) {
    this.driverId = driverId;
    this.operatorId = application.operatorId();
    this.buyerType = Objects.requireNonNull(application.buyerType());
    this.title = application.title();
    this.buyerTaxNumber =
        application.buyerTaxNumber().isEmpty() ? null : application.buyerTaxNumber();
    this.email = application.email();
    this.amount = Objects.requireNonNull(amount);
    this.requestedAt = Objects.requireNonNull(requestedAt);
  }

  public Long getId() {
    return id;
  }

  public long getDriverId() {
    return driverId;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public BuyerType getBuyerType() {
    return buyerType;
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getBuyerTaxNumber() {
    return Optional.ofNullable(buyerTaxNumber);
  }

  public String getEmail() {
    return email;
  }

  public Money getAmount() {
    return amount;
  }

  /** UTC. */
  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }
}
