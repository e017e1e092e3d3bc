package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.BusinessCalendar;
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
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A driver's reservation (预约) of a bay ({@code parking.md §2}, manual 2.2 and 5.3): the fee paid
 * from the wallet when booked, the bay held for one plate until {@code endsAt}, then ended once:
 * fulfilled by that plate's arrival, expired, or cancelled. Times are UTC.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "reservation")
public class Reservation {

  private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** 订单编号: {@code YY} + the booking's day (Asia/Shanghai) + the id in 10 digits. */
  @Column(name = "order_no", length = 20)
  private String orderNo;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false)
  private long stationId;

  /** The bay's pile; null once that pile is deleted (the reservation stays). */
  @Column(name = "pile_id")
  private Long pileId;

  @Column(name = "bay_number", nullable = false, length = 32)
  private String bayNumber;

  @Column(name = "driver_id", nullable = false)
  private long driverId;

  @Column(nullable = false, length = 16)
  private String plate;

  /** 预约时长 (分钟). */
  @Column(nullable = false)
  private int minutes;

  /** 预约费用, yuan, paid at booking. */
  @Column(nullable = false, precision = 10, scale = 2)
  private Money fee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ReservationState state;

  /** The driver's request: {@code driver:<id>:<Idempotency-Key>}, unique. */
  @Column(name = "request_key", nullable = false, length = 96)
  private String requestKey;

  /** 开始时间. */
  @Column(name = "booked_at", nullable = false)
  private LocalDateTime bookedAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  /** 结束时间: when it was fulfilled, expired or cancelled. */
  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  /** The booked plate's entry (进场时间, 进场图片). */
  @Column(name = "entry_event_id")
  private Long entryEventId;

  /** The booked plate's exit after its entry (离场时间, 离场图片). */
  @Column(name = "exit_event_id")
  private Long exitEventId;

  /** The latest other plate seen entering the held bay, recorded, never let in by the platform. */
  @Column(name = "intruder_plate", length = 16)
  private String intruderPlate;

  @Column(name = "intruder_event_id")
  private Long intruderEventId;

  @Enumerated(EnumType.STRING)
  @Column(name = "lock_state", nullable = false, length = 8)
  private BayLockState lockState;

  @Column(name = "lock_error", length = 64)
  private String lockError;

  protected Reservation() {}

  Reservation(
      long operatorId,
      long stationId,
      long pileId,
      String bayNumber,
      long driverId,
      String plate,
      int minutes,
      Money fee,
      String requestKey,
      LocalDateTime bookedAt) {
    this.operatorId = operatorId;
    this.stationId = stationId;
    this.pileId = pileId;
    this.bayNumber = Objects.requireNonNull(bayNumber);
    this.driverId = driverId;
    this.plate = Objects.requireNonNull(plate);
    this.minutes = minutes;
    this.fee = Objects.requireNonNull(fee);
    this.requestKey = Objects.requireNonNull(requestKey);
    this.bookedAt = Objects.requireNonNull(bookedAt);
    this.endsAt = bookedAt.plusMinutes(minutes);
    this.state = ReservationState.RESERVED;
    this.lockState = BayLockState.SENT;
  }

  /** Gives the persisted reservation its 订单编号. */
  void number() {
    orderNo = "YY" + BusinessCalendar.toLocal(bookedAt).format(ORDER_DATE) + "%010d".formatted(id);
  }

  /** Whether the bay is still held at {@code at} (UTC). */
  boolean holds(LocalDateTime at) {
    return state == ReservationState.RESERVED && at.isBefore(endsAt);
  }

  /**
   * The booked plate entered at {@code at}, an event that happened within the booking: fulfilled,
   * also when the expiry ran first because the camera's event came late.
   *
   * @return whether this changed the reservation (so its lock must go down)
   */
  boolean arrived(long eventId, LocalDateTime at) {
    boolean inTime = !at.isBefore(bookedAt) && !at.isAfter(endsAt);
    boolean open =
        state == ReservationState.RESERVED
            || (state == ReservationState.EXPIRED && entryEventId == null);
    if (!inTime || !open) {
      return false;
    }
    state = ReservationState.FULFILLED;
    entryEventId = eventId;
    endedAt = at;
    return true;
  }

  /**
   * The booked plate left after its entry.
   *
   * @return whether this is the exit of its entry (a first exit after a fulfilment)
   */
  boolean left(long eventId) {
    if (state != ReservationState.FULFILLED || exitEventId != null) {
      return false;
    }
    exitEventId = eventId;
    return true;
  }

  /** Another plate entered the held bay. */
  void intruded(String otherPlate, long eventId) {
    intruderPlate = otherPlate;
    intruderEventId = eventId;
  }

  /**
   * The minutes ran out.
   *
   * @throws IllegalStateException unless it is {@link ReservationState#RESERVED}
   */
  void expire() {
    end(ReservationState.EXPIRED, endsAt);
  }

  /**
   * The driver cancelled at {@code at}: the fee is kept (the manual is silent; {@code parking.md
   * §2}).
   *
   * @throws ReservationNotOpenException unless it is {@link ReservationState#RESERVED}
   */
  void cancel(LocalDateTime at) {
    if (state != ReservationState.RESERVED) {
      throw new ReservationNotOpenException(orderNo, state);
    }
    end(ReservationState.CANCELLED, at);
  }

  private void end(ReservationState outcome, LocalDateTime at) {
    if (state != ReservationState.RESERVED) {
      throw new IllegalStateException("reservation " + orderNo + " is already " + state);
    }
    state = outcome;
    endedAt = at;
  }

  /** A lock command went out. */
  void lockSent() {
    lockState = BayLockState.SENT;
    lockError = null;
  }

  /** The lock's answer: where it is now, or why it did not move. */
  void lockAnswered(BayLockState now, String error) {
    lockState = now;
    lockError = error;
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

  /** The bay's pile; empty once that pile is deleted. */
  public Optional<Long> getPileId() {
    return Optional.ofNullable(pileId);
  }

  public String getBayNumber() {
    return bayNumber;
  }

  public long getDriverId() {
    return driverId;
  }

  public String getPlate() {
    return plate;
  }

  public int getMinutes() {
    return minutes;
  }

  public Money getFee() {
    return fee;
  }

  public ReservationState getState() {
    return state;
  }

  public LocalDateTime getBookedAt() {
    return bookedAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public Optional<LocalDateTime> getEndedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<Long> getEntryEventId() {
    return Optional.ofNullable(entryEventId);
  }

  public Optional<Long> getExitEventId() {
    return Optional.ofNullable(exitEventId);
  }

  public Optional<String> getIntruderPlate() {
    return Optional.ofNullable(intruderPlate);
  }

  public BayLockState getLockState() {
    return lockState;
  }

  public Optional<String> getLockError() {
    return Optional.ofNullable(lockError);
  }
}
