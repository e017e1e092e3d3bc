package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One event a station's parking device reported at a bay ({@code parking.md §1}), kept as reported:
 * never changed, one per device event id and station, so a repeated report changes nothing. A bay
 * is a pile's 车位编号 at the station.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "bay_event")
public class BayEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false)
  private long stationId;

  /** The device's own id of the event: what makes a repeat recognisable. */
  @Column(name = "device_event_id", nullable = false, length = 64)
  private String deviceEventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BayEventKind kind;

  /** The pile whose bay it was; null once that pile is deleted (the event stays). */
  @Column(name = "pile_id")
  private Long pileId;

  @Column(name = "bay_number", nullable = false, length = 32)
  private String bayNumber;

  /** The plate a camera read; null for a lock's event. */
  @Column(length = 16)
  private String plate;

  /** When the device saw it, UTC. */
  @Column(name = "event_time", nullable = false)
  private LocalDateTime eventTime;

  /** The photo's name in the {@link PhotoStore}; null without a photo. */
  @Column(length = 128)
  private String photo;

  /** When the platform received it, UTC. */
  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  protected BayEvent() {}

  BayEvent(
      long operatorId,
      long stationId,
      String deviceEventId,
      BayEventKind kind,
      long pileId,
      String bayNumber,
      String plate,
      LocalDateTime eventTime,
      String photo,
      LocalDateTime receivedAt) {
    this.operatorId = operatorId;
    this.stationId = stationId;
    this.deviceEventId = Objects.requireNonNull(deviceEventId);
    this.kind = Objects.requireNonNull(kind);
    this.pileId = pileId;
    this.bayNumber = Objects.requireNonNull(bayNumber);
    this.plate = plate;
    this.eventTime = Objects.requireNonNull(eventTime);
    this.photo = photo;
    this.receivedAt = Objects.requireNonNull(receivedAt);
  }

  public Long getId() {
    return id;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getStationId() {
    return stationId;
  }

  public String getDeviceEventId() {
    return deviceEventId;
  }

  public BayEventKind getKind() {
    return kind;
  }

  /** The pile whose bay it was; empty once that pile is deleted. */
  public Optional<Long> getPileId() {
    return Optional.ofNullable(pileId);
  }

  public String getBayNumber() {
    return bayNumber;
  }

  public Optional<String> getPlate() {
    return Optional.ofNullable(plate);
  }

  /** UTC. */
  public LocalDateTime getEventTime() {
    return eventTime;
  }

  Optional<String> getPhoto() {
    return Optional.ofNullable(photo);
  }

  public boolean hasPhoto() {
    return photo != null;
  }

  /** UTC. */
  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }
}
