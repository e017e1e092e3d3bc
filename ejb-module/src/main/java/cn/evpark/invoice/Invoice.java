package cn.evpark.invoice;

import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * One invoice of a batch: a request's orders at the batch's station (one per request and station, a
 * UNIQUE constraint). Its {@code invoice_number} (发票号码) comes from the tax platform on issue.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "batch_id", nullable = false, updatable = false)
  private long batchId;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(name = "station_id", nullable = false, updatable = false)
  private long stationId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private Money amount;

  @Column(name = "invoice_number", length = 20)
  private String invoiceNumber;

  protected Invoice() {}

  Invoice(long batchId, long requestId, long stationId, Money amount) {
    this.batchId = batchId;
    this.requestId = requestId;
    this.stationId = stationId;
    this.amount = Objects.requireNonNull(amount);
  }

  void numbered(String number) {
    this.invoiceNumber = number;
  }

  /** The invoice's number towards the tax platform: {@code IV} and its id. */
  public String invoiceNo() {
    return "IV" + id;
  }

  public Long getId() {
    return id;
  }

  public long getBatchId() {
    return batchId;
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

  public Optional<String> getInvoiceNumber() {
    return Optional.ofNullable(invoiceNumber);
  }
}
