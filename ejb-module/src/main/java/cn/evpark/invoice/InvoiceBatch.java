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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One station's invoices handed to the tax platform together, issued from the station's tax account
 * (全电账号) in the seller's name of its 发票设置 (money.md §8, manual 3.4). Made by invoice settlement
 * with its invoices and lines in one transaction.
 *
 * <p>Life cycle ({@link InvoiceBatchState}): {@code PENDING} → {@link #sent} → {@link #issued} or
 * {@link #failed}; the platform may also refuse a pending batch outright ({@link #failed}). Final
 * states do not move again. Its number towards the platform, {@link #batchNo()}, is the platform's
 * key for it: a batch sent twice (a job killed after sending, before recording it) is one batch
 * there.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "invoice_batch")
public class InvoiceBatch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "station_id", nullable = false, updatable = false)
  private long stationId;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "tax_account", nullable = false, updatable = false, length = 64)
  private String taxAccount;

  @Column(name = "seller_name", nullable = false, updatable = false, length = 100)
  private String sellerName;

  @Column(name = "seller_taxpayer_id", nullable = false, updatable = false, length = 18)
  private String sellerTaxpayerId;

  /** The business day (Asia/Shanghai) of the settlement run that made it. */
  @Column(name = "business_date", nullable = false, updatable = false)
  private LocalDate businessDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private InvoiceBatchState state;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private Money amount;

  @Column(nullable = false, updatable = false)
  private int invoices;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(length = 500)
  private String failure;

  @Version private long version;

  protected InvoiceBatch() {}

  InvoiceBatch(
      StationInvoicing station,
      LocalDate businessDate,
      Money amount,
      int invoices,
      LocalDateTime createdAt) {
    this.stationId = station.stationId();
    this.operatorId = station.operatorId();
    this.taxAccount = station.taxAccount();
    this.sellerName = station.sellerName();
    this.sellerTaxpayerId = station.sellerTaxpayerId();
    this.businessDate = Objects.requireNonNull(businessDate);
    this.amount = Objects.requireNonNull(amount);
    this.invoices = invoices;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.state = InvoiceBatchState.PENDING;
  }

  /** The tax platform took the batch; a repeated answer for a sent batch changes nothing. */
  void sent(LocalDateTime at) {
    if (state == InvoiceBatchState.SENT) {
      return;
    }
    require(InvoiceBatchState.PENDING, InvoiceBatchState.SENT);
    state = InvoiceBatchState.SENT;
    sentAt = at;
  }

  /** The tax platform issued the batch's invoices. */
  void issued(LocalDateTime at) {
    require(InvoiceBatchState.SENT, InvoiceBatchState.ISSUED);
    state = InvoiceBatchState.ISSUED;
    finishedAt = at;
  }

  /** The tax platform refused the batch or could not issue it, for the reason it gave. */
  void failed(String reason, LocalDateTime at) {
    if (state.isFinal()) {
      throw new IllegalStateException("batch " + id + " is " + state + " already");
    }
    state = InvoiceBatchState.FAILED;
    failure = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 500));
    finishedAt = at;
  }

  private void require(InvoiceBatchState from, InvoiceBatchState to) {
    if (state != from) {
      throw new IllegalStateException(
          "batch " + id + " is " + state + ", not " + from + " → " + to);
    }
  }

  /** The batch's number towards the tax platform: {@code IB} and its id. */
  public String batchNo() {
    return batchNo(id);
  }

  static String batchNo(long id) {
    return "IB" + id;
  }

  public Long getId() {
    return id;
  }

  public long getStationId() {
    return stationId;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public String getTaxAccount() {
    return taxAccount;
  }

  public String getSellerName() {
    return sellerName;
  }

  public String getSellerTaxpayerId() {
    return sellerTaxpayerId;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public InvoiceBatchState getState() {
    return state;
  }

  public Money getAmount() {
    return amount;
  }

  public int getInvoices() {
    return invoices;
  }

  /** UTC. */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Optional<LocalDateTime> getSentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<LocalDateTime> getFinishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<String> getFailure() {
    return Optional.ofNullable(failure);
  }
}
