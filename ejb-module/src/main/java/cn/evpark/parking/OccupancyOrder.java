package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.tariff.OccupancyFee;
import cn.evpark.tariff.OccupancyKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A stay in a bay (占位订单, {@code parking.md §3}, manual 5.4): opened when the bay's camera sees a
 * car enter, or, where no entry was seen, by the charging session whose deposit it takes; settled
 * once, after the car left: the fee from {@link #getCountedFrom()} to {@link #getLeftAt()}, taken
 * from the session's deposit, the rest returned, what the deposit did not cover owed. Times are
 * UTC, amounts yuan.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "occupancy_order")
public class OccupancyOrder {

  private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** 订单编号: {@code ZW} + the opening's day (Asia/Shanghai) + the id in 10 digits. */
  @Column(name = "order_no", length = 20)
  private String orderNo;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false)
  private long stationId;

  /** The bay's pile; null once that pile is deleted (the order stays). */
  @Column(name = "pile_id")
  private Long pileId;

  @Column(name = "bay_number", nullable = false, length = 32)
  private String bayNumber;

  /** 车牌号 as the camera read it; null for a stay no camera saw. */
  @Column(length = 16)
  private String plate;

  /**
   * Who owes what the deposit does not cover: the session's driver, else the plate's one keeper.
   */
  @Column(name = "driver_id")
  private Long driverId;

  /** The charging session of the stay, whose deposit it takes; one stay per session. */
  @Column(name = "charging_order_id")
  private Long chargingOrderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OccupancyState state;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private OccupancyKind kind;

  @Column(name = "entry_event_id")
  private Long entryEventId;

  @Column(name = "exit_event_id")
  private Long exitEventId;

  /** 驶入车位时间. */
  @Column(name = "entered_at")
  private LocalDateTime enteredAt;

  /** 驶离车位时间. */
  @Column(name = "left_at")
  private LocalDateTime leftAt;

  /** Where the fee's minutes start: the end of charging, or the entry. */
  @Column(name = "counted_from")
  private LocalDateTime countedFrom;

  /** 免费时长(分钟) the rule gave. */
  @Column(name = "free_minutes")
  private Integer freeMinutes;

  /** 占位时长(分钟): whole minutes from {@link #countedFrom} to the departure. */
  @Column(name = "occupied_minutes")
  private Long occupiedMinutes;

  /** 应收占位费. */
  @Column(precision = 10, scale = 2)
  private Money fee;

  @Column(precision = 10, scale = 2)
  private Money deposit;

  @Column(precision = 10, scale = 2)
  private Money deducted;

  @Column(precision = 10, scale = 2)
  private Money refund;

  /** What the deposit did not cover. */
  @Column(name = "arrears_amount", precision = 10, scale = 2)
  private Money arrearsAmount;

  /** 线下收取金额: what staff collected offline towards {@link #arrearsAmount}. */
  @Column(name = "offline_collected", nullable = false, precision = 10, scale = 2)
  private Money offlineCollected = Money.ZERO;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @Column(name = "settled_at")
  private LocalDateTime settledAt;

  /** "platform", or the staff account that settled it. */
  @Column(name = "settled_by", length = 64)
  private String settledBy;

  @Version private long version;

  protected OccupancyOrder() {}

  OccupancyOrder(
      long operatorId,
      long stationId,
      long pileId,
      String bayNumber,
      String plate,
      Long driverId,
      LocalDateTime openedAt) {
    this.operatorId = operatorId;
    this.stationId = stationId;
    this.pileId = pileId;
    this.bayNumber = Objects.requireNonNull(bayNumber);
    this.plate = plate;
    this.driverId = driverId;
    this.openedAt = Objects.requireNonNull(openedAt);
    this.state = OccupancyState.OCCUPYING;
  }

  /** Gives the persisted stay its 订单编号. */
  void number() {
    orderNo = "ZW" + BusinessCalendar.toLocal(openedAt).format(ORDER_DATE) + "%010d".formatted(id);
  }

  /**
   * The camera saw the car enter, with {@code seenPlate}; {@code keeper}, the plate's one keeper,
   * owes for it unless the stay's session's driver does.
   */
  void entered(long eventId, LocalDateTime at, String seenPlate, Long keeper) {
    entryEventId = eventId;
    enteredAt = at;
    plate = seenPlate;
    if (driverId == null) {
      driverId = keeper;
    }
  }

  /** The stay is of this charging session, whose driver owes what its deposit does not cover. */
  void ofSession(long orderId, Long sessionDriverId) {
    chargingOrderId = orderId;
    if (sessionDriverId != null) {
      driverId = sessionDriverId;
    }
  }

  /** Its session's start failed: the stay is the car's alone again. */
  void withoutSession() {
    chargingOrderId = null;
  }

  /**
   * The car left at {@code at}: seen by the camera ({@code eventId}), or told by staff (null).
   *
   * @throws IllegalStateException when the stay is settled
   */
  void left(Long eventId, LocalDateTime at) {
    requireOpen();
    exitEventId = eventId;
    leftAt = Objects.requireNonNull(at);
  }

  /** The car has gone but its session has not ended: settled when it has. */
  void awaitSessionEnd() {
    requireOpen();
    state = OccupancyState.LEFT;
  }

  /** No departure came in time: staff settle it. */
  void waitForStaff() {
    requireOpen();
    state = OccupancyState.WAITING_FOR_STAFF;
  }

  /**
   * Settled by {@code priced}, counted from {@code from}.
   *
   * @throws IllegalStateException when it was settled before or has no departure
   */
  void settle(OccupancyFee priced, LocalDateTime from, LocalDateTime at, String by) {
    requireOpen();
    if (leftAt == null) {
      throw new IllegalStateException("a stay settles after the car left: " + orderNo);
    }
    kind = priced.kind();
    countedFrom = from;
    freeMinutes = (int) priced.freeMinutes();
    occupiedMinutes = priced.occupiedMinutes();
    fee = new Money(priced.fee());
    deposit = new Money(priced.deposit());
    deducted = new Money(priced.deducted());
    refund = new Money(priced.refund());
    arrearsAmount = new Money(priced.arrears());
    settledAt = at;
    settledBy = by;
    state = OccupancyState.SETTLED;
  }

  /** Staff collected {@code amount} offline towards what is owed. */
  void collectedOffline(Money amount) {
    offlineCollected = offlineCollected.plus(amount);
  }

  /** What of the arrears staff have not collected offline, yuan; zero before settlement. */
  Money uncollected() {
    return arrearsAmount == null ? Money.ZERO : arrearsAmount.minus(offlineCollected);
  }

  private void requireOpen() {
    if (!state.isOpen()) {
      throw new IllegalStateException("stay " + orderNo + " is settled");
    }
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

  public Optional<Long> getPileId() {
    return Optional.ofNullable(pileId);
  }

  public String getBayNumber() {
    return bayNumber;
  }

  public Optional<String> getPlate() {
    return Optional.ofNullable(plate);
  }

  public Optional<Long> getDriverId() {
    return Optional.ofNullable(driverId);
  }

  public Optional<Long> getChargingOrderId() {
    return Optional.ofNullable(chargingOrderId);
  }

  public OccupancyState getState() {
    return state;
  }

  public Optional<OccupancyKind> getKind() {
    return Optional.ofNullable(kind);
  }

  public Optional<Long> getEntryEventId() {
    return Optional.ofNullable(entryEventId);
  }

  public Optional<Long> getExitEventId() {
    return Optional.ofNullable(exitEventId);
  }

  public Optional<LocalDateTime> getEnteredAt() {
    return Optional.ofNullable(enteredAt);
  }

  public Optional<LocalDateTime> getLeftAt() {
    return Optional.ofNullable(leftAt);
  }

  public Optional<LocalDateTime> getCountedFrom() {
    return Optional.ofNullable(countedFrom);
  }

  public Optional<Integer> getFreeMinutes() {
    return Optional.ofNullable(freeMinutes);
  }

  public Optional<Long> getOccupiedMinutes() {
    return Optional.ofNullable(occupiedMinutes);
  }

  /** 应收占位费, yuan; empty until settled. */
  public Optional<Money> getFee() {
    return Optional.ofNullable(fee);
  }

  public Optional<Money> getDeposit() {
    return Optional.ofNullable(deposit);
  }

  public Optional<Money> getDeducted() {
    return Optional.ofNullable(deducted);
  }

  public Optional<Money> getRefund() {
    return Optional.ofNullable(refund);
  }

  public Money getArrearsAmount() {
    return arrearsAmount == null ? Money.ZERO : arrearsAmount;
  }

  public Money getOfflineCollected() {
    return offlineCollected;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public Optional<LocalDateTime> getSettledAt() {
    return Optional.ofNullable(settledAt);
  }

  public Optional<String> getSettledBy() {
    return Optional.ofNullable(settledBy);
  }
}
