package cn.evpark.wechatpay;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.Money;
import com.wechat.pay.java.service.payments.model.Transaction;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A driver's WeChat Pay top-up of the wallet at one operator (money.md §6): our own {@code
 * out_trade_no}, the amount in fen, and the merchant it was created with.
 *
 * <p>Life cycle: {@code CREATED} when the driver asks to pay, with the {@code time_expire} WeChat
 * is told; WeChat's create-order gives it a {@code prepay_id}. WeChat's word that it was paid (a
 * verified notice, or the answer to our query of an order whose notice did not come) moves it to
 * {@code PAID} ({@link #pay}) in the same transaction as the wallet credit. It moves to {@code
 * CLOSED} when the create-order fails, when it is still unpaid after {@code time_expire} and closed
 * at WeChat, or when WeChat says it closed or failed ({@link #close}). {@code PAID} is final;
 * {@code CLOSED} is final but for WeChat's word that it was paid after all: money WeChat took is
 * never lost, so a verified payment of a closed order still pays it.
 */
@Entity
@Table(name = "payment_order")
@OperatorOwned("operatorId")
public class PaymentOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "out_trade_no", nullable = false, updatable = false, length = 32)
  private String outTradeNo;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "driver_id", nullable = false, updatable = false)
  private long driverId;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(nullable = false, updatable = false, length = 32)
  private String mchid;

  @Column(nullable = false, updatable = false, length = 32)
  private String appid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PaymentOrderState state;

  @Column(name = "prepay_id", length = 64)
  private String prepayId;

  @Column(name = "transaction_id", length = 32)
  private String transactionId;

  @Column(length = 200)
  private String failure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "paid_at")
  private LocalDateTime paidAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "time_expire", nullable = false, updatable = false)
  private LocalDateTime timeExpire;

  /** Asked about by {@link WeChatPayChecks} while unpaid, unless left to staff. */
  @Embedded private WeChatCheck check;

  @Version private long version;

  protected PaymentOrder() {}

  /**
   * A new order in {@code CREATED}.
   *
   * @param amount yuan, more than zero
   * @param createdAt UTC
   * @param timeExpire UTC, after {@code createdAt}: when WeChat stops taking payment of it
   * @param firstCheckAt UTC: when to ask WeChat about it if no notice has come by then
   */
  PaymentOrder(
      String outTradeNo,
      long operatorId,
      long driverId,
      Money amount,
      String mchid,
      String appid,
      LocalDateTime createdAt,
      LocalDateTime timeExpire,
      LocalDateTime firstCheckAt) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment order is for more than zero: " + amount);
    }
    this.outTradeNo = Objects.requireNonNull(outTradeNo);
    this.operatorId = operatorId;
    this.driverId = driverId;
    this.amountFen = amount.fen();
    this.mchid = Objects.requireNonNull(mchid);
    this.appid = Objects.requireNonNull(appid);
    this.state = PaymentOrderState.CREATED;
    this.createdAt = Objects.requireNonNull(createdAt);
    if (!timeExpire.isAfter(createdAt)) {
      throw new IllegalArgumentException(
          "time_expire " + timeExpire + " is not after " + createdAt);
    }
    this.timeExpire = timeExpire;
    this.check = WeChatCheck.dueAt(firstCheckAt);
  }

  /** WeChat accepted the order: the driver may pay with this prepay id. */
  void prepared(String prepayId) {
    requireState(PaymentOrderState.CREATED);
    this.prepayId = Objects.requireNonNull(prepayId);
  }

  /**
   * Nobody can pay it: WeChat refused the create-order or did not answer, or WeChat closed the
   * order (after {@code time_expire}, or its own CLOSED or PAYERROR).
   *
   * @param failure why, for staff and the driver
   * @throws IllegalStateException unless {@code CREATED}
   */
  void close(String failure, LocalDateTime closedAt) {
    requireState(PaymentOrderState.CREATED);
    this.state = PaymentOrderState.CLOSED;
    this.failure = failure == null ? null : failure.substring(0, Math.min(200, failure.length()));
    this.closedAt = Objects.requireNonNull(closedAt);
  }

  /**
   * Applies WeChat's word of a payment of this order (money.md §6: its verified notice, or its
   * signed answer to our query): the amount must equal the order's and the trade state be SUCCESS.
   *
   * <p>A {@code CLOSED} order is paid too: WeChat took the money (a payment in the last moment
   * before the close, or an order closed here while WeChat had it open), and it is never lost.
   *
   * @param paidAt UTC
   * @return true when the order moved to PAID now, so the wallet is to be credited; false when the
   *     notice repeats the payment already applied (nothing is to move)
   * @throws NoticeRejectedException when the amount differs, the trade did not succeed, or the
   *     order was paid by another WeChat transaction
   */
  boolean pay(PaidNotice notice, LocalDateTime paidAt) {
    if (!notice.outTradeNo().equals(outTradeNo)) {
      throw new IllegalArgumentException(
          "a notice of " + notice.outTradeNo() + " for " + outTradeNo);
    }
    if (notice.totalFen() != amountFen) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.AMOUNT_MISMATCH,
          "amount.total " + notice.totalFen() + " fen, the order is " + amountFen + " fen");
    }
    if (notice.tradeState() != Transaction.TradeStateEnum.SUCCESS) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.NOT_SUCCESS, "trade_state " + notice.tradeState());
    }
    switch (state) {
      case PAID -> {
        if (notice.transactionId().equals(transactionId)) {
          return false;
        }
        throw new NoticeRejectedException(
            NoticeRejectedException.Reason.ORDER_NOT_PAYABLE,
            outTradeNo + " was paid by another transaction");
      }
      case CREATED, CLOSED -> {
        this.state = PaymentOrderState.PAID;
        this.transactionId = notice.transactionId();
        this.paidAt = Objects.requireNonNull(paidAt);
        return true;
      }
    }
    throw new IllegalStateException(state.name());
  }

  /** The next check at WeChat is due at {@code at} (UTC), not sooner. */
  void checkAgainAt(LocalDateTime at) {
    requireState(PaymentOrderState.CREATED);
    check.againAt(at);
  }

  /**
   * WeChat's signed word on this unpaid order cannot be applied (paid and refunded at WeChat, a
   * payment that does not fit it), or WeChat can no longer be asked (the operator's merchant was
   * removed): staff decide, and WeChat is no longer asked about it. A verified notice of its
   * payment still pays it ({@link #pay}).
   *
   * @param wechatSays what WeChat said, or why it cannot be asked
   */
  void leaveToStaff(String wechatSays) {
    requireState(PaymentOrderState.CREATED);
    check.leaveToStaff(wechatSays);
  }

  /** How it is asked about while unpaid, and whether it was left to staff. */
  public WeChatCheck getCheck() {
    return check;
  }

  /** Whether WeChat no longer takes payment of it at {@code now} (UTC). */
  boolean isExpired(LocalDateTime now) {
    return now.isAfter(timeExpire);
  }

  private void requireState(PaymentOrderState expected) {
    if (state != expected) {
      throw new IllegalStateException(outTradeNo + " is " + state + ", not " + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public String getOutTradeNo() {
    return outTradeNo;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getDriverId() {
    return driverId;
  }

  /** Yuan. */
  public Money getAmount() {
    return Money.ofFen(amountFen);
  }

  public String getMchid() {
    return mchid;
  }

  public String getAppid() {
    return appid;
  }

  public PaymentOrderState getState() {
    return state;
  }

  public Optional<String> getPrepayId() {
    return Optional.ofNullable(prepayId);
  }

  /** WeChat's transaction id once paid. */
  public Optional<String> getTransactionId() {
    return Optional.ofNullable(transactionId);
  }

  public Optional<String> getFailure() {
    return Optional.ofNullable(failure);
  }

  /** UTC. */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  /** UTC. */
  public Optional<LocalDateTime> getPaidAt() {
    return Optional.ofNullable(paidAt);
  }

  /** UTC: when WeChat stops taking payment of it ({@code time_expire}). */
  public LocalDateTime getTimeExpire() {
    return timeExpire;
  }
}
