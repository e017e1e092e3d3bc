package cn.evpark.charging;

import cn.evpark.benefit.BenefitChoice;
import cn.evpark.benefit.BenefitSource;
import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.FeeScheduleConverter;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.StopReason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A charging order (充电订单): one charging session of one gun, from its start to its settlement
 * (money.md §3–§4). The pile's transaction record is its authoritative bill; one record settles one
 * order, once.
 *
 * <p>Life cycle: {@link OrderState#STARTING} → {@code CHARGING} → {@code STOPPING} → {@code
 * FINISHED} → {@code SETTLED}, or {@code START_FAILED}, or {@code ABNORMAL}. A transaction record
 * may arrive in any state before {@code FINISHED}: the pile's bill is authoritative, so even an
 * order given up as failed or abnormal is finished and settled by it. A session the platform never
 * started (offline charging) is created {@code FINISHED} from its record. Staff may settle an
 * {@code ABNORMAL} order from the session's last real-time data ({@link #settleByStaff}); a record
 * arriving after that is kept on the order ({@link #recordAfterStaffSettlement}) and settles
 * nothing. Every other move is refused with {@link IllegalOrderTransitionException}.
 */
@Entity
@Table(name = "charging_order")
@OperatorOwned("operatorId")
public class ChargingOrder {

  private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private static final Set<OrderState> BEFORE_RECORD =
      EnumSet.of(
          OrderState.STARTING,
          OrderState.CHARGING,
          OrderState.STOPPING,
          OrderState.START_FAILED,
          OrderState.ABNORMAL);

  @Id
  @TableGenerator(
      name = "charging_order_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "charging_order",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "charging_order_ids")
  private Long id;

  /** 商户订单号: the business date of creation and the id, 18 digits. */
  @Column(name = "order_no", nullable = false, length = 18, updatable = false)
  private String orderNo;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false, updatable = false)
  private long stationId;

  @Column(name = "pile_code", nullable = false, length = 14, updatable = false)
  private PileCode pileCode;

  @Column(nullable = false, updatable = false)
  private int gun;

  @Column(name = "transaction_serial", nullable = false, length = 32)
  private TransactionSerial transactionSerial;

  @Enumerated(EnumType.STRING)
  @Column(name = "charging_type", nullable = false, length = 16)
  private ChargingType chargingType;

  @Column(name = "driver_id")
  private Long driverId;

  /** The ledger account that pays: a wallet or a card; none for offline sessions of no account. */
  @Column(name = "account_id")
  private Long accountId;

  /** The driver's Idempotency-Key of the start request, namespaced by driver. */
  @Column(name = "start_key", length = 120, updatable = false)
  private String startKey;

  /** The paying account's balance sent to the pile with the start (0x34), yuan. */
  @Column(name = "start_balance", precision = 14, scale = 2)
  private Money startBalance;

  /**
   * The schedule the driver was shown at an app start, which prices the session (money.md §4.3);
   * null for sessions the platform never started and stations without a schedule.
   */
  @Convert(converter = FeeScheduleConverter.class)
  @Column(name = "tariff_snapshot", length = 2000, updatable = false)
  private FeeSchedule tariffSnapshot;

  /**
   * The occupancy deposit (预付占位押金, parking.md §3) held from the paying account at the start, yuan;
   * null when none was (no occupancy fee in effect, or not an app start).
   */
  @Column(name = "occupancy_deposit", precision = 10, scale = 2)
  private Money occupancyDeposit;

  /** Why the start or stop failed, as the pile or the adapter said. */
  @Column(name = "failure_reason", length = 64)
  private String failureReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrderState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_status", length = 16)
  private PaymentStatus paymentStatus;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(precision = 14, scale = 4)
  private Energy energy;

  @Column(name = "electricity_fee", precision = 14, scale = 2)
  private Money electricityFee;

  @Column(name = "service_fee", precision = 14, scale = 2)
  private Money serviceFee;

  /** 实收总金额 owed for the session: electricity + service after benefits. */
  @Column(name = "total_amount", precision = 14, scale = 2)
  private Money totalAmount;

  @Column(name = "paid_amount", precision = 14, scale = 2)
  private Money paidAmount;

  @Column(name = "arrears_amount", precision = 14, scale = 2)
  private Money arrearsAmount;

  /**
   * The pile's own total, yuan at 4 decimals as the record says; for an order staff settled, the
   * running amount of the last real-time frame it was settled from.
   */
  @Column(name = "pile_amount", precision = 14, scale = 4)
  private java.math.BigDecimal pileAmount;

  /** 计费差异: the pile's total differs from the platform's list price by more than 0.01. */
  @Column(name = "billing_difference", nullable = false)
  private boolean billingDifference;

  @Column(name = "stop_reason")
  private StopReason stopReason;

  /** The record's transaction type byte as the pile sent it, known or not (money.md §4.8). */
  @Column(name = "record_transaction_type")
  private Integer recordTransactionType;

  @Column(name = "record_id")
  private Long recordId;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<OrderTier> tiers = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "settled_at")
  private LocalDateTime settledAt;

  /** Settled by staff from real-time data (money.md §3, ABNORMAL), not by the pile's record. */
  @Column(name = "settled_by_staff", nullable = false)
  private boolean settledByStaff;

  /** The benefit the order was settled with (money.md §5); null without one. */
  @Enumerated(EnumType.STRING)
  @Column(name = "benefit_source", length = 16)
  private BenefitSource benefitSource;

  /** The activity's name, or "VIP"; null without a benefit. */
  @Column(name = "benefit_name", length = 64)
  private String benefitName;

  /** What the benefit saved: the list total minus the total, yuan; null without a benefit. */
  @Column(name = "benefit_saving", precision = 14, scale = 2)
  private Money benefitSaving;

  @Version private long version;

  protected ChargingOrder() {}

  private ChargingOrder(
      long operatorId,
      long stationId,
      PileCode pileCode,
      int gun,
      TransactionSerial transactionSerial,
      ChargingType chargingType,
      OrderState state,
      LocalDateTime createdAt) {
    this.operatorId = operatorId;
    this.stationId = stationId;
    this.pileCode = Objects.requireNonNull(pileCode);
    this.gun = gun;
    this.transactionSerial = Objects.requireNonNull(transactionSerial);
    this.chargingType = Objects.requireNonNull(chargingType);
    this.state = state;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * The order of a session the platform never started, from the pile's record (offline charging,
   * money.md §3): created finished, to be settled at once.
   *
   * @param createdAt UTC
   */
  static ChargingOrder ofOfflineRecord(
      long operatorId,
      long stationId,
      PileTransactionRecord record,
      ChargingType chargingType,
      LocalDateTime createdAt) {
    ChargingOrder order =
        new ChargingOrder(
            operatorId,
            stationId,
            record.getPileCode(),
            record.getGun(),
            record.getTransactionSerial(),
            chargingType,
            OrderState.FINISHED,
            createdAt);
    order.takeRecord(record);
    return order;
  }

  /**
   * An app or QR start (money.md §3): the order is {@code STARTING} until the pile answers the
   * 0x34.
   *
   * @param walletId the wallet that pays
   * @param balance the wallet's balance sent to the pile
   * @param startKey the driver's idempotency key of the request
   * @param createdAt UTC
   */
  static ChargingOrder appStart(
      long operatorId,
      long stationId,
      PileCode pileCode,
      int gun,
      long driverId,
      long walletId,
      Money balance,
      Optional<FeeSchedule> tariffSnapshot,
      String startKey,
      LocalDateTime createdAt) {
    ChargingOrder order =
        new ChargingOrder(
            operatorId,
            stationId,
            pileCode,
            gun,
            TransactionSerial.NONE,
            ChargingType.APP,
            OrderState.STARTING,
            createdAt);
    order.driverId = driverId;
    order.accountId = walletId;
    order.startedAt = createdAt; // the request's time until the pile's record gives the session's
    order.startBalance = balance;
    order.tariffSnapshot = tariffSnapshot.orElse(null);
    order.startKey = startKey;
    return order;
  }

  /**
   * A start the platform authorised at the pile's request (0x31 → 0x32, money.md §3): by IC card,
   * paid by the card, or by VIN, paid by the vehicle's driver's wallet. The pile starts charging on
   * the authorisation itself (no 0x33 follows), so the order is {@code CHARGING} at once; the
   * caller numbers it ({@link #number()}), which makes its transaction serial.
   *
   * @param type {@link ChargingType#IC_CARD} or {@link ChargingType#VIN}
   * @param accountId the paying ledger account
   * @param balance its balance sent to the pile, yuan
   * @param createdAt UTC
   */
  static ChargingOrder authorisedAtPile(
      ChargingType type,
      long operatorId,
      long stationId,
      PileCode pileCode,
      int gun,
      long driverId,
      long accountId,
      Money balance,
      Optional<FeeSchedule> tariffSnapshot,
      LocalDateTime createdAt) {
    if (type != ChargingType.IC_CARD && type != ChargingType.VIN) {
      throw new IllegalArgumentException("a pile asks to start by card or VIN, not " + type);
    }
    ChargingOrder order =
        new ChargingOrder(
            operatorId,
            stationId,
            pileCode,
            gun,
            TransactionSerial.NONE,
            type,
            OrderState.CHARGING,
            createdAt);
    order.driverId = driverId;
    order.accountId = accountId;
    order.startedAt = createdAt;
    order.startBalance = balance;
    order.tariffSnapshot = tariffSnapshot.orElse(null);
    return order;
  }

  /**
   * Names who pays an offline session's new order (money.md §3: a record whose serial the platform
   * never issued becomes an order of its card): the card's driver and account.
   */
  void paidByCard(long driverId, long cardAccountId) {
    if (id != null || accountId != null) {
      throw new IllegalStateException("only a new offline order takes its card");
    }
    this.driverId = driverId;
    this.accountId = cardAccountId;
  }

  /**
   * The pile started the session (0x33 success). A success after a failure or a timeout means the
   * pile charges after all (ykc-protocol.md §7.4 lets it start within a minute of plugging in), so
   * the order follows the pile; a late or repeated answer to a session under way or over changes
   * nothing.
   */
  void started() {
    switch (state) {
      case STARTING, START_FAILED -> {
        state = OrderState.CHARGING;
        failureReason = null;
      }
      case CHARGING, STOPPING, FINISHED, SETTLED, ABNORMAL -> {}
    }
  }

  /**
   * The start failed: the pile refused (0x33 failure) or did not answer. No money moves.
   *
   * @return false when the order had moved on already (a transaction record came first), so nothing
   *     changed
   */
  /** Notes the occupancy deposit held from the paying account at the start. */
  void occupancyDepositHeld(Money deposit) {
    occupancyDeposit = deposit;
  }

  boolean startFailed(String reason) {
    if (state != OrderState.STARTING) {
      return false;
    }
    state = OrderState.START_FAILED;
    failureReason = reason;
    return true;
  }

  /**
   * The driver asked to stop (0x36 sent).
   *
   * @throws IllegalOrderTransitionException unless the order is charging
   */
  void stopRequested() {
    if (state != OrderState.CHARGING) {
      throw new IllegalOrderTransitionException(orderNo, state, "be stopped");
    }
    state = OrderState.STOPPING;
  }

  /** The pile did not stop (0x35 failure, or no answer): the session is still charging. */
  void stopFailed(String reason) {
    if (state == OrderState.STOPPING) {
      state = OrderState.CHARGING;
      failureReason = reason;
    }
  }

  /**
   * The session went silent: no real-time data and no record for too long (money.md §3). Staff see
   * it as abnormal; a record arriving later still finishes it.
   *
   * @return whether the order was charging or stopping and is abnormal now
   */
  boolean silent() {
    if (state != OrderState.CHARGING && state != OrderState.STOPPING) {
      return false;
    }
    state = OrderState.ABNORMAL;
    return true;
  }

  /**
   * The start was never answered, not even by a timeout of its command (the platform restarted
   * while it waited): the start failed.
   *
   * @return whether the order was starting and has failed now
   */
  boolean startUnanswered() {
    return startFailed("no answer to the start");
  }

  /**
   * The pile's transaction record arrived: the session is over and its bill known.
   *
   * @throws IllegalOrderTransitionException when the order is already finished or settled
   */
  void finished(PileTransactionRecord record) {
    if (!BEFORE_RECORD.contains(state)) {
      throw new IllegalOrderTransitionException(orderNo, state, "take a transaction record");
    }
    takeRecord(record);
    state = OrderState.FINISHED;
  }

  /**
   * Settles the order with what it cost and how it was paid (money.md §4).
   *
   * @param settledAt UTC
   * @throws IllegalOrderTransitionException unless the order is finished
   */
  void settle(SettledAmounts amounts, LocalDateTime settledAt) {
    if (state != OrderState.FINISHED) {
      throw new IllegalOrderTransitionException(orderNo, state, "be settled");
    }
    take(amounts, settledAt);
  }

  /**
   * Refuses every order but an abnormal one: only a session the platform gave up waiting for may be
   * settled by staff (money.md §3).
   *
   * @throws IllegalOrderTransitionException unless the order is abnormal
   */
  void requireAbnormal() {
    if (state != OrderState.ABNORMAL) {
      throw new IllegalOrderTransitionException(orderNo, state, "be settled by staff");
    }
  }

  /**
   * Staff settle the abnormal order from the session's last real-time data (money.md §3): what it
   * cost by those figures and how it was paid. The session ended, as far as the platform knows, at
   * its last frame.
   *
   * @param amounts priced from the real-time data ({@link RealTimeEnergies})
   * @param lastFrameAmount the pile's running amount in the session's last 0x13, yuan, 4 decimals
   * @param lastFrameAt when that frame arrived, UTC
   * @param settledAt UTC
   * @throws IllegalOrderTransitionException unless the order is abnormal
   */
  void settleByStaff(
      SettledAmounts amounts,
      java.math.BigDecimal lastFrameAmount,
      LocalDateTime lastFrameAt,
      LocalDateTime settledAt) {
    requireAbnormal();
    endedAt = Objects.requireNonNull(lastFrameAt);
    pileAmount = Objects.requireNonNull(lastFrameAmount);
    settledByStaff = true;
    take(amounts, settledAt);
  }

  /**
   * The pile's transaction record arrived after staff settled the order. The money moved once, by
   * staff; the record is kept on the order (its frame is shown) and bills nothing.
   *
   * @throws IllegalOrderTransitionException unless staff settled the order and no record came yet
   */
  void recordAfterStaffSettlement(PileTransactionRecord record) {
    if (state != OrderState.SETTLED || !settledByStaff || recordId != null) {
      throw new IllegalOrderTransitionException(
          orderNo, state, "take a record after a staff settlement");
    }
    recordId = record.getId();
    stopReason = record.getStopReason();
  }

  /** Whether staff settled the order and the pile's record has not come: it settles nothing. */
  boolean awaitsRecordAfterStaffSettlement() {
    return state == OrderState.SETTLED && settledByStaff && recordId == null;
  }

  private void take(SettledAmounts amounts, LocalDateTime settledAt) {
    energy = amounts.energy();
    electricityFee = amounts.electricity();
    serviceFee = amounts.service();
    totalAmount = amounts.total();
    paidAmount = amounts.paid();
    arrearsAmount = amounts.arrears();
    paymentStatus = amounts.paymentStatus();
    billingDifference = amounts.billingDifference();
    amounts.tiers().forEach(t -> tiers.add(new OrderTier(this, t)));
    this.settledAt = Objects.requireNonNull(settledAt);
    state = OrderState.SETTLED;
  }

  private void takeRecord(PileTransactionRecord record) {
    recordId = record.getId();
    startedAt = record.getStartedAt();
    endedAt = record.getEndedAt();
    energy = new Energy(record.getTotalEnergy());
    pileAmount = record.getTotalAmount();
    stopReason = record.getStopReason();
    recordTransactionType = record.getTransactionType().raw();
  }

  /**
   * Gives the order its number (商户订单号) once persisted: the id, which the table generator has
   * assigned by then, after the business date of creation.
   */
  void number() {
    if (id == null) {
      throw new IllegalStateException("an order is numbered once persisted");
    }
    orderNo = BusinessCalendar.toLocal(createdAt).format(ORDER_DATE) + String.format("%010d", id);
    if (transactionSerial.isNone()) {
      // The serial the platform makes for its own starts (money.md §3): pile code, two-digit gun
      // and the order id, 32 digits, unique per pile.
      transactionSerial =
          TransactionSerial.of(pileCode.value() + String.format("%02d%016d", gun, id));
    }
  }

  /**
   * Records the benefit the order is settled with (money.md §5: the order shows which benefit
   * applied and what it saved), beside {@link #settle}.
   */
  void benefitApplied(BenefitChoice.Chosen chosen) {
    benefitSource = chosen.benefit().source();
    benefitName = chosen.benefit().name();
    benefitSaving = chosen.saving();
  }

  /** The source of the benefit the order was settled with; empty without one. */
  public Optional<BenefitSource> getBenefitSource() {
    return Optional.ofNullable(benefitSource);
  }

  /** The name of the benefit the order was settled with (an activity's, or "VIP"). */
  public Optional<String> getBenefitName() {
    return Optional.ofNullable(benefitName);
  }

  /** What the benefit saved, yuan; empty without one. */
  public Optional<Money> getBenefitSaving() {
    return Optional.ofNullable(benefitSaving);
  }

  public Long getId() {
    return id;
  }

  public String getOrderNo() {
    return orderNo;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getStationId() {
    return stationId;
  }

  /** The pile's code as staff and drivers see it: its 14 digits. */
  public String pileCodeDigits() {
    return pileCode.value();
  }

  /** The transaction serial (交易流水号) as shown: 32 digits. */
  public String serialDigits() {
    return transactionSerial.value();
  }

  /** 结束原因: the stop reason's code, known or not; empty before the record. */
  public Optional<Integer> stopReasonCode() {
    return Optional.ofNullable(stopReason).map(StopReason::code);
  }

  /**
   * The transaction type byte of the pile's record (ykc-protocol.md §7.7), known to the spec or
   * not: what an {@link ChargingType#OTHER} order shows; empty before the record.
   */
  public Optional<Integer> recordTransactionTypeCode() {
    return Optional.ofNullable(recordTransactionType);
  }

  /** 结束原因 in words (ykc-protocol.md §10.2); empty before the record. */
  public Optional<String> stopReasonText() {
    return Optional.ofNullable(stopReason).map(StopReason::description);
  }

  public PileCode getPileCode() {
    return pileCode;
  }

  public int getGun() {
    return gun;
  }

  public TransactionSerial getTransactionSerial() {
    return transactionSerial;
  }

  public ChargingType getChargingType() {
    return chargingType;
  }

  public Optional<Long> getDriverId() {
    return Optional.ofNullable(driverId);
  }

  public Optional<Long> getAccountId() {
    return Optional.ofNullable(accountId);
  }

  /** The schedule of an app start's prices (money.md §4.3); empty when the order has none. */
  public Optional<FeeSchedule> getTariffSnapshot() {
    return Optional.ofNullable(tariffSnapshot);
  }

  /** The occupancy deposit held at the start, yuan; empty when none was. */
  public Optional<Money> getOccupancyDeposit() {
    return Optional.ofNullable(occupancyDeposit);
  }

  public Optional<Money> getStartBalance() {
    return Optional.ofNullable(startBalance);
  }

  public Optional<String> getFailureReason() {
    return Optional.ofNullable(failureReason);
  }

  /** Whether the session is under way: starting, charging or stopping. */
  public boolean isOpen() {
    return state == OrderState.STARTING
        || state == OrderState.CHARGING
        || state == OrderState.STOPPING;
  }

  public OrderState getState() {
    return state;
  }

  public Optional<PaymentStatus> getPaymentStatus() {
    return Optional.ofNullable(paymentStatus);
  }

  /** UTC. */
  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  /** UTC. */
  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public Energy getEnergy() {
    return energy;
  }

  public Money getElectricityFee() {
    return electricityFee;
  }

  public Money getServiceFee() {
    return serviceFee;
  }

  public Money getTotalAmount() {
    return totalAmount;
  }

  public Money getPaidAmount() {
    return paidAmount;
  }

  public Money getArrearsAmount() {
    return arrearsAmount;
  }

  public java.math.BigDecimal getPileAmount() {
    return pileAmount;
  }

  public boolean isBillingDifference() {
    return billingDifference;
  }

  /** The pile's transaction record of the session, once it arrived. */
  public Long getRecordId() {
    return recordId;
  }

  public StopReason getStopReason() {
    return stopReason;
  }

  /** The price lines in the order 尖, 峰, 平, 谷 (the database keeps them by the type's name). */
  public List<OrderTier> getTiers() {
    return tiers.stream().sorted(Comparator.comparing(OrderTier::getRateType)).toList();
  }

  /** UTC. */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  /** UTC. */
  public LocalDateTime getSettledAt() {
    return settledAt;
  }

  /** Whether staff settled the order from real-time data (money.md §3, ABNORMAL). */
  public boolean isSettledByStaff() {
    return settledByStaff;
  }
}
