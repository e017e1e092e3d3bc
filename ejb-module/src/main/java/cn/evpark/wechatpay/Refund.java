package cn.evpark.wechatpay;

import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One WeChat refund (退款) of part of a driver's wallet balance at an operator, back through one
 * payment order that paid money in (money.md §6): WeChat refunds per transaction, so a request
 * larger than one payment becomes several refunds, parts of one request ({@link RefundSplit}).
 *
 * <p>Life cycle: {@code REQUESTED} with the wallet debited in the same transaction; WeChat's answer
 * to our create-refund moves it to {@code PROCESSING} ({@link #accepted}), or to {@code FAILED}
 * when WeChat refuses it ({@link #refused}). WeChat's word on the outcome (its notice, or the
 * answer to a create or a query) moves it to {@code SUCCESS}, {@code ABNORMAL} or {@code CLOSED}
 * ({@link #finish}), also straight from {@code REQUESTED} when the answer to the create was lost.
 * The final states never change; a repeat of the same word changes nothing.
 */
@Entity
@Table(name = "wechat_refund")
public class Refund {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "out_refund_no", nullable = false, updatable = false, length = 64)
  private String outRefundNo;

  /** The driver's request: {@code driver:<id>:<Idempotency-Key>}, shared by its parts. */
  @Column(name = "request_key", nullable = false, updatable = false, length = 100)
  private String requestKey;

  @Column(nullable = false, updatable = false)
  private int part;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "driver_id", nullable = false, updatable = false)
  private long driverId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payment_order_id", nullable = false, updatable = false)
  private PaymentOrder payment;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RefundState state;

  @Column(name = "refund_id", length = 32)
  private String refundId;

  @Column(length = 200)
  private String failure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  /** When WeChat is next asked about it while it is not final ({@link RefundChecks}). */
  @Column(name = "next_check_at", nullable = false)
  private LocalDateTime nextCheckAt;

  @Version private long version;

  protected Refund() {}

  /**
   * A new refund in {@code REQUESTED}.
   *
   * @param payment a paid order, the refund at most what it paid
   * @param amount yuan, more than zero
   * @param firstCheckAt UTC: when to ask WeChat again if its answer to the create does not come
   */
  Refund(
      String outRefundNo,
      String requestKey,
      int part,
      PaymentOrder payment,
      Money amount,
      LocalDateTime createdAt,
      LocalDateTime firstCheckAt) {
    if (!amount.isPositive() || amount.compareTo(payment.getAmount()) > 0) {
      throw new IllegalArgumentException(
          "a refund of " + amount + " from a payment of " + payment.getAmount());
    }
    if (payment.getState() != PaymentOrderState.PAID) {
      throw new IllegalArgumentException(payment.getOutTradeNo() + " is not paid");
    }
    this.outRefundNo = Objects.requireNonNull(outRefundNo);
    this.requestKey = Objects.requireNonNull(requestKey);
    this.part = part;
    this.operatorId = payment.getOperatorId();
    this.driverId = payment.getDriverId();
    this.payment = payment;
    this.amountFen = amount.fen();
    this.state = RefundState.REQUESTED;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.nextCheckAt = Objects.requireNonNull(firstCheckAt);
  }

  /**
   * WeChat accepted the refund ({@code PROCESSING}); a refund further on stays where it is.
   *
   * @param said WeChat's answer to the create, {@code PROCESSING}
   */
  void accepted(RefundNotice said) {
    check(said);
    if (state == RefundState.REQUESTED) {
      this.state = RefundState.PROCESSING;
      this.refundId = said.refundId();
    }
  }

  /**
   * WeChat refused the refund when asked to make it (money.md §6: a failed refund returns the money
   * once).
   *
   * @return true when it moved to {@code FAILED} now (the money is to go back); false when WeChat's
   *     word had moved it on before
   */
  boolean refused(String failure, LocalDateTime at) {
    if (state != RefundState.REQUESTED) {
      return false;
    }
    this.state = RefundState.FAILED;
    this.failure = failure == null ? null : failure.substring(0, Math.min(200, failure.length()));
    this.finishedAt = Objects.requireNonNull(at);
    return true;
  }

  /**
   * Applies WeChat's word on the outcome: {@code SUCCESS}, {@code ABNORMAL} or {@code CLOSED}
   * ({@code PROCESSING} is {@link #accepted}).
   *
   * @return the final state reached now, whose money is to move; empty when it repeats what was
   *     applied before (or says PROCESSING), and nothing is to move
   * @throws NoticeRejectedException when it names another payment or amount (NOT_OURS,
   *     AMOUNT_MISMATCH), or contradicts a final state (ORDER_NOT_PAYABLE: a success of a refund
   *     whose money went back, or the reverse)
   */
  Optional<RefundState> finish(RefundNotice said, LocalDateTime at) {
    check(said);
    RefundState told = stateOf(said.status());
    if (told == RefundState.PROCESSING) {
      accepted(said);
      return Optional.empty();
    }
    if (state.isFinal()) {
      if (told == state || (told.returnedMoney() && state.returnedMoney())) {
        return Optional.empty();
      }
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.ORDER_NOT_PAYABLE,
          outRefundNo + " is " + state + ", WeChat says " + told);
    }
    this.state = told;
    this.refundId = said.refundId();
    this.finishedAt = Objects.requireNonNull(at);
    if (told.returnedMoney()) {
      this.failure = "WeChat: " + told;
    }
    return Optional.of(told);
  }

  private void check(RefundNotice said) {
    if (!said.outRefundNo().equals(outRefundNo)) {
      throw new IllegalArgumentException(
          "a notice of " + said.outRefundNo() + " for " + outRefundNo);
    }
    if (!said.transactionId().equals(payment.getTransactionId().orElse(null))) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.NOT_OURS,
          outRefundNo + " refunds another transaction than " + said.transactionId());
    }
    if (said.refundFen() != amountFen) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.AMOUNT_MISMATCH,
          "amount.refund " + said.refundFen() + " fen, the refund is " + amountFen + " fen");
    }
  }

  private static RefundState stateOf(String status) {
    return switch (status) {
      case "SUCCESS" -> RefundState.SUCCESS;
      case "PROCESSING" -> RefundState.PROCESSING;
      case "ABNORMAL" -> RefundState.ABNORMAL;
      case "CLOSED" -> RefundState.CLOSED;
      default ->
          throw new NoticeRejectedException(
              NoticeRejectedException.Reason.MALFORMED, "refund_status " + status);
    };
  }

  public Long getId() {
    return id;
  }

  public String getOutRefundNo() {
    return outRefundNo;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getDriverId() {
    return driverId;
  }

  /** The payment order refunded. */
  public PaymentOrder getPayment() {
    return payment;
  }

  /** Yuan. */
  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public RefundState getState() {
    return state;
  }

  /** WeChat's id of the refund, once WeChat answered. */
  public Optional<String> getRefundId() {
    return Optional.ofNullable(refundId);
  }

  public Optional<String> getFailure() {
    return Optional.ofNullable(failure);
  }

  /** UTC. */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  /** UTC. */
  public Optional<LocalDateTime> getFinishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
