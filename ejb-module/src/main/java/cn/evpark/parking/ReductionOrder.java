package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.BusinessCalendar;
import jakarta.json.Json;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A parking-fee reduction (减免订单, {@code parking.md §4}, manual 5.2) a charging order earned for the
 * car's plate: its own outbox entry towards the car park's parking system, issued after the
 * settlement that wrote it committed, retried with back-off ({@link #failedAttempt}), and redeemed
 * (核销) once when the parking system says so. Times are UTC.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "reduction_order")
public class ReductionOrder implements OutboxEntry {

  private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** 减免订单编号: {@code JM} + the day (Asia/Shanghai) + the id in 10 digits. */
  @Column(name = "order_no", length = 20)
  private String orderNo;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false)
  private long stationId;

  @Column(name = "charging_order_id", nullable = false)
  private long chargingOrderId;

  @Column(nullable = false, length = 16)
  private String plate;

  @Enumerated(EnumType.STRING)
  @Column(name = "reduction_kind", nullable = false, length = 8)
  private ReductionKind kind;

  /** 抵扣额度: minutes or yuan, by {@link #kind}. */
  @Column(name = "reduction_value", nullable = false, precision = 10, scale = 2)
  private BigDecimal value;

  @Embedded private Delivery delivery;

  /** 核销时间; null while not redeemed. */
  @Column(name = "redeemed_at")
  private LocalDateTime redeemedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected ReductionOrder() {}

  ReductionOrder(
      long operatorId,
      long stationId,
      long chargingOrderId,
      String plate,
      ReductionKind kind,
      BigDecimal value,
      LocalDateTime createdAt) {
    this.operatorId = operatorId;
    this.stationId = stationId;
    this.chargingOrderId = chargingOrderId;
    this.plate = Objects.requireNonNull(plate);
    this.kind = Objects.requireNonNull(kind);
    this.value = Objects.requireNonNull(value);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.delivery = Delivery.dueAt(createdAt);
  }

  void number() {
    orderNo = "JM" + BusinessCalendar.toLocal(createdAt).format(ORDER_DATE) + "%010d".formatted(id);
  }

  /**
   * Redeemed (核销) at {@code at}, once.
   *
   * @return false when it was redeemed before (nothing changes)
   */
  boolean redeemed(LocalDateTime at) {
    if (redeemedAt != null) {
      return false;
    }
    redeemedAt = at;
    return true;
  }

  @Override
  public String endpoint() {
    return "reductions";
  }

  /**
   * {@code orderNo}, {@code plate}, {@code kind} (MINUTES or AMOUNT), {@code value} (minutes or
   * yuan), {@code content} (减免内容), {@code createdAt}.
   */
  @Override
  public byte[] body() {
    return Json.createObjectBuilder()
        .add("orderNo", orderNo)
        .add("plate", plate)
        .add("kind", kind.name())
        .add("value", getValue())
        .add("content", content())
        .add("createdAt", BusinessCalendar.iso(createdAt))
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** 减免内容 in words. */
  public String content() {
    return new ReductionTerms(false, null, null, kind, getValue()).content();
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

  @Override
  public long getStationId() {
    return stationId;
  }

  public long getChargingOrderId() {
    return chargingOrderId;
  }

  public String getPlate() {
    return plate;
  }

  public ReductionKind getKind() {
    return kind;
  }

  /** 抵扣额度: whole minutes, or yuan in fen. */
  public BigDecimal getValue() {
    return kind == ReductionKind.MINUTES ? value.setScale(0) : value.setScale(2);
  }

  @Override
  public Delivery getDelivery() {
    return delivery;
  }

  public Optional<LocalDateTime> getRedeemedAt() {
    return Optional.ofNullable(redeemedAt);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
