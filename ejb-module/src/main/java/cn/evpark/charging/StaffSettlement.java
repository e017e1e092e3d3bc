package cn.evpark.charging;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit of a staff settlement of an abnormal order (money.md §3: "staff may settle it from the
 * last real-time data with a reason, audited"): who, when, why, under which request, and the
 * figures it was priced from. One per order, one per request id of an operator; never changed,
 * except that the pile's record, should it come after all, is noted beside it with what it would
 * have billed ({@link #recordArrived}), so staff see a difference instead of a second bill.
 */
@Entity
@Table(name = "staff_settlement")
@OperatorOwned("operatorId")
public class StaffSettlement {

  /** The longest reason staff may give, characters. */
  public static final int REASON_MAX = 200;

  /** The longest request id, characters. */
  public static final int REQUEST_ID_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  /** The order's operator: request ids are unique per operator. */
  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "request_id", nullable = false, length = REQUEST_ID_MAX, updatable = false)
  private String requestId;

  /** The staff account's user name, or "platform". */
  @Column(name = "settled_by", nullable = false, length = 64, updatable = false)
  private String settledBy;

  @Column(nullable = false, length = REASON_MAX, updatable = false)
  private String reason;

  @Column(name = "settled_at", nullable = false, updatable = false)
  private LocalDateTime settledAt;

  /** How many real-time frames (0x13) of the session the settlement read. */
  @Column(nullable = false, updatable = false)
  private int frames;

  @Column(name = "first_frame_at", nullable = false, updatable = false)
  private LocalDateTime firstFrameAt;

  @Column(name = "last_frame_at", nullable = false, updatable = false)
  private LocalDateTime lastFrameAt;

  /** The energy settled, kWh: the highest the frames reported. */
  @Column(nullable = false, precision = 14, scale = 4, updatable = false)
  private Energy energy;

  /** The pile's running amount in the last frame, yuan at 4 decimals. */
  @Column(name = "pile_amount", nullable = false, precision = 14, scale = 4, updatable = false)
  private BigDecimal pileAmount;

  /** What the order was billed, yuan. */
  @Column(name = "total_amount", nullable = false, precision = 14, scale = 2, updatable = false)
  private Money totalAmount;

  @Column(name = "record_id")
  private Long recordId;

  /** The late record's energy, kWh. */
  @Column(name = "record_energy", precision = 14, scale = 4)
  private Energy recordEnergy;

  /** What the late record would have billed by the same rules, yuan. */
  @Column(name = "record_total", precision = 14, scale = 2)
  private Money recordTotal;

  protected StaffSettlement() {}

  /**
   * @param settledBy the staff account's user name
   * @param reason why, 1 to {@value #REASON_MAX} characters, stripped
   * @param requestId the client's id of the request, 1 to {@value #REQUEST_ID_MAX} characters
   * @param settledAt UTC
   * @param firstFrameAt UTC
   * @param lastFrameAt UTC
   * @throws IllegalArgumentException when the reason or the request id is blank or too long
   */
  StaffSettlement(
      long orderId,
      long operatorId,
      String requestId,
      String settledBy,
      String reason,
      LocalDateTime settledAt,
      int frames,
      LocalDateTime firstFrameAt,
      LocalDateTime lastFrameAt,
      Energy energy,
      BigDecimal pileAmount,
      Money totalAmount) {
    if (!isValidReason(reason)) {
      throw new IllegalArgumentException("a reason of 1 to " + REASON_MAX + " characters");
    }
    if (!isValidRequestId(requestId)) {
      throw new IllegalArgumentException("a request id of 1 to " + REQUEST_ID_MAX + " characters");
    }
    this.orderId = orderId;
    this.operatorId = operatorId;
    this.requestId = requestId;
    this.settledBy = Objects.requireNonNull(settledBy);
    this.reason = reason.strip();
    this.settledAt = Objects.requireNonNull(settledAt);
    this.frames = frames;
    this.firstFrameAt = Objects.requireNonNull(firstFrameAt);
    this.lastFrameAt = Objects.requireNonNull(lastFrameAt);
    this.energy = Objects.requireNonNull(energy);
    this.pileAmount = Objects.requireNonNull(pileAmount);
    this.totalAmount = Objects.requireNonNull(totalAmount);
  }

  /** Whether {@code reason} is a reason staff may give: not blank, at most 200 characters. */
  public static boolean isValidReason(String reason) {
    return reason != null && !reason.isBlank() && reason.strip().length() <= REASON_MAX;
  }

  /** Whether {@code requestId} is a request id: not blank, at most 64 characters. */
  public static boolean isValidRequestId(String requestId) {
    return requestId != null && !requestId.isBlank() && requestId.length() <= REQUEST_ID_MAX;
  }

  /**
   * The pile's record came after the settlement: noted with what it would have billed, once.
   *
   * @param energy the record's energy, kWh
   * @param total what the record would have billed by the order's prices, yuan
   */
  void recordArrived(long recordId, Energy energy, Money total) {
    if (this.recordId != null) {
      throw new IllegalStateException("the record of order " + orderId + " came already");
    }
    this.recordId = recordId;
    this.recordEnergy = Objects.requireNonNull(energy);
    this.recordTotal = Objects.requireNonNull(total);
  }

  /**
   * Whether the pile's record, come after the settlement, bills other than staff settled: another
   * total or energy. Shown to staff (no money moves by it).
   */
  public boolean differsFromRecord() {
    return recordTotal != null
        && (recordTotal.compareTo(totalAmount) != 0 || recordEnergy.compareTo(energy) != 0);
  }

  public long getOrderId() {
    return orderId;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getSettledBy() {
    return settledBy;
  }

  public String getReason() {
    return reason;
  }

  /** UTC. */
  public LocalDateTime getSettledAt() {
    return settledAt;
  }

  public int getFrames() {
    return frames;
  }

  /** UTC. */
  public LocalDateTime getFirstFrameAt() {
    return firstFrameAt;
  }

  /** UTC. */
  public LocalDateTime getLastFrameAt() {
    return lastFrameAt;
  }

  public Energy getEnergy() {
    return energy;
  }

  public BigDecimal getPileAmount() {
    return pileAmount;
  }

  public Money getTotalAmount() {
    return totalAmount;
  }

  /** The pile's record, if it came after the settlement. */
  public Optional<Long> getRecordId() {
    return Optional.ofNullable(recordId);
  }

  /** The late record's energy, kWh; empty until it came. */
  public Optional<Energy> getRecordEnergy() {
    return Optional.ofNullable(recordEnergy);
  }

  /** What the late record would have billed, yuan; empty until it came. */
  public Optional<Money> getRecordTotal() {
    return Optional.ofNullable(recordTotal);
  }
}
