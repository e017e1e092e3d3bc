package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.BusinessCalendar;
import jakarta.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A request to the parking system to raise or lower a reserved bay's lock, for bays without a YKC
 * ground lock ({@code parking.md §2}: "lock raised, or the parking system told"): an outbox entry,
 * written with the booking or its end and sent after ({@link ParkingOutbox}). Times are UTC.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "bay_lock_request")
public class BayLockRequest implements OutboxEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false)
  private long stationId;

  @Column(name = "reservation_id", nullable = false)
  private long reservationId;

  @Column(name = "bay_number", nullable = false, length = 32)
  private String bayNumber;

  /** The plate the bay is held for (raise) or was (lower). */
  @Column(nullable = false, length = 16)
  private String plate;

  @Column(name = "raise_lock", nullable = false)
  private boolean raise;

  @Embedded private Delivery delivery;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected BayLockRequest() {}

  BayLockRequest(Reservation reservation, boolean raise, LocalDateTime createdAt) {
    this.operatorId = reservation.getOperatorId();
    this.stationId = reservation.getStationId();
    this.reservationId = reservation.getId();
    this.bayNumber = reservation.getBayNumber();
    this.plate = reservation.getPlate();
    this.raise = raise;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.delivery = Delivery.dueAt(createdAt);
  }

  @Override
  public String endpoint() {
    return "bay-locks";
  }

  /**
   * {@code requestId}, {@code bayNumber}, {@code plate}, {@code action} (RAISE: hold the bay for
   * the plate; LOWER: free it), {@code createdAt}.
   */
  @Override
  public byte[] body() {
    return Json.createObjectBuilder()
        .add("requestId", id)
        .add("bayNumber", bayNumber)
        .add("plate", plate)
        .add("action", raise ? "RAISE" : "LOWER")
        .add("createdAt", BusinessCalendar.iso(createdAt))
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  public Long getId() {
    return id;
  }

  @Override
  public long getStationId() {
    return stationId;
  }

  public long getReservationId() {
    return reservationId;
  }

  public boolean isRaise() {
    return raise;
  }

  @Override
  public Delivery getDelivery() {
    return delivery;
  }
}
