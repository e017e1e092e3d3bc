package cn.evpark.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A driver's vehicle by its VIN (车辆识别代号, 17 characters of ISO 3779: digits and capital letters but
 * I, O and Q), bound by the driver so the vehicle may start charging at a pile by itself (VIN
 * start, 0x31 method 0x03, ykc-protocol.md §7.1). One driver per VIN on the platform; binding a VIN
 * again moves it to the new driver (a car changes hands).
 */
@Entity
@Table(name = "driver_vehicle")
public class Vehicle {

  private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

  @Id
  @Column(length = 17)
  private String vin;

  @Column(name = "driver_id", nullable = false)
  private long driverId;

  @Column(length = 8)
  private String plate;

  @Column(name = "bound_at", nullable = false)
  private LocalDateTime boundAt;

  protected Vehicle() {}

  Vehicle(String vin, long driverId, String plate, LocalDateTime boundAt) {
    this.vin = vin;
    bind(driverId, plate, boundAt);
  }

  void bind(long driverId, String plate, LocalDateTime boundAt) {
    this.driverId = driverId;
    this.plate = plate;
    this.boundAt = Objects.requireNonNull(boundAt);
  }

  /**
   * The VIN in its normal order, upper case.
   *
   * @throws InvalidDriverException when it is not 17 characters of ISO 3779
   */
  public static String checkedVin(String vin) {
    String text = vin == null ? "" : vin.strip().toUpperCase(Locale.ROOT);
    if (!VIN.matcher(text).matches()) {
      throw new InvalidDriverException("vin", "driver.vin.invalid", "not a VIN: " + vin);
    }
    return text;
  }

  public String getVin() {
    return vin;
  }

  public long getDriverId() {
    return driverId;
  }

  /** One of the driver's plates the vehicle carries, or null. */
  public String getPlate() {
    return plate;
  }

  /** UTC. */
  public LocalDateTime getBoundAt() {
    return boundAt;
  }
}
