package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A station's key for its parking devices (bay cameras, locks; {@code parking.md §1}): one per
 * station, replaced whole when staff rotate it, which ends the old one at once. The secret is shown
 * once, when issued, and never again.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "parking_key")
public class ParkingKey {

  @Id
  @Column(name = "station_id")
  private long stationId;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  /** What devices send as {@code X-Parking-Key}: not secret. */
  @Column(name = "key_id", nullable = false, length = 24)
  private String keyId;

  @Column(nullable = false, length = 64)
  private String secret;

  /** UTC. */
  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  protected ParkingKey() {}

  ParkingKey(long stationId, long operatorId) {
    this.stationId = stationId;
    this.operatorId = operatorId;
  }

  /** Replaces the key and secret. */
  void issue(String keyId, String secret, String issuedBy, LocalDateTime issuedAt) {
    this.keyId = Objects.requireNonNull(keyId);
    this.secret = Objects.requireNonNull(secret);
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.issuedAt = Objects.requireNonNull(issuedAt);
  }

  long getStationId() {
    return stationId;
  }

  String getSecret() {
    return secret;
  }

  /** The key as staff see it after it was issued: without its secret. */
  ParkingKeyInfo info() {
    return new ParkingKeyInfo(stationId, keyId, issuedAt, issuedBy);
  }
}
