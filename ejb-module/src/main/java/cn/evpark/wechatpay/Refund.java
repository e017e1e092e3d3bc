package cn.evpark.wechatpay;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * <p>Life cycle: {@code REQUESTED} with the wallet debited in the same transaction. WeChat's word
 * (its notice, or its answer to a create or a query) moves it by {@link RefundOutcome#of}: to
 * {@code PROCESSING}, to {@code ABNORMAL} (stuck at WeChat: not final, its money stays in refund
 * clearing until WeChat's next word), and to the final {@code SUCCESS} or {@code CLOSED}, also
 * straight from {@code REQUESTED} when the answer to the create was lost. {@code FAILED} ({@link
 * #refused}) only when WeChat's signed answer to a query says it has no such refund. A word that
 * contradicts the refund (another payment or amount, a success after the money went back) changes
 * no state: it is kept on the refund with {@code needs_staff} set, and the refund is no longer
 * asked about ({@link #conflict}).
 */
@Entity
@Table(name = "wechat_refund")
@OperatorOwned("operatorId")
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

  /** Asked about by {@link RefundChecks} until final; left to staff on a contradiction. */
  @Embedded private WeChatCheck check;

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
    this.check = WeChatCheck.dueAt(firstCheckAt);
  }

  /**
   * WeChat refused the refund and its signed answer to our query says it has no such refund: it was
   * certainly never made (money.md §6: a failed refund returns the money once).
   *
   * @return true when it moved to {@code FAILED} now (the money is to go back); false when WeChat's
   *     word had moved it on before
   */
  boolean refused(String failure, LocalDateTime at) {
    if (state != RefundState.REQUESTED) {
      return false;
    }
    this.state = RefundState.FAILED;
    this.failure = clip(failure, 200);
    this.finishedAt = Objects.requireNonNull(at);
    check.stop();
    return true;
  }

  /**
   * Applies WeChat's word on the refund ({@link RefundOutcome#of}); a word that does not fit it
   * (another payment refunded, another amount) or contradicts it is recorded for staff ({@link
   * #conflict}) and changes no state.
   *
   * @return what it did; money is to move when {@link RefundOutcome#movesMoney}
   * @throws NoticeRejectedException (MALFORMED) for a status WeChat does not have
   */
  RefundOutcome finish(RefundNotice said, LocalDateTime at) {
    if (!said.outRefundNo().equals(outRefundNo)) {
      throw new IllegalArgumentException(
          "a notice of " + said.outRefundNo() + " for " + outRefundNo);
    }
    RefundState told = said.status();
    if (!said.transactionId().equals(payment.getTransactionId().orElse(null))) {
      return conflict("refunds another transaction", said);
    }
    if (said.refundFen() != amountFen) {
      return conflict("amount.refund is not " + amountFen + " fen", said);
    }
    RefundOutcome outcome = RefundOutcome.of(state, told);
    switch (outcome) {
      case CONFLICT -> conflict("contradicts " + state, said);
      case ACCEPTED, ABNORMAL -> {
        this.state = told;
        this.refundId = said.refundId();
      }
      case PAID, RETURNED -> {
        this.state = told;
        this.refundId = said.refundId();
        this.finishedAt = Objects.requireNonNull(at);
        check.stop();
        if (outcome == RefundOutcome.RETURNED) {
          this.failure = "WeChat: " + told;
        }
      }
      case UNCHANGED -> {
        // a repeat, or overtaken by WeChat's later word
      }
    }
    return outcome;
  }

  /**
   * Keeps WeChat's word that contradicts the refund, for staff: no state changes, no money moves,
   * and WeChat is no longer asked about it.
   *
   * @param wechatSays what WeChat said and why it does not fit
   * @return {@link RefundOutcome#CONFLICT}
   */
  RefundOutcome conflict(String wechatSays) {
    check.leaveToStaff(wechatSays);
    return RefundOutcome.CONFLICT;
  }

  private RefundOutcome conflict(String why, RefundNotice said) {
    return conflict(said.describe() + ": " + why);
  }

  private static String clip(String text, int max) {
    return text == null ? null : text.substring(0, Math.min(max, text.length()));
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

  /** How it is asked about, and whether WeChat's word contradicted it (staff decide). */
  public WeChatCheck getCheck() {
    return check;
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
