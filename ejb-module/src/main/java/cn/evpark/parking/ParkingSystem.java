package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Where a station's car park runs its own parking system (停车场系统, {@code parking.md §1}): the
 * platform POSTs reductions to {@code <url>/reductions} and bay lock requests to {@code
 * <url>/bay-locks}, signed with the station's parking key.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "parking_system")
public class ParkingSystem {

  @Id
  @Column(name = "station_id")
  private Long stationId;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(nullable = false, length = 255)
  private String url;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  protected ParkingSystem() {}

  ParkingSystem(long stationId, long operatorId) {
    this.stationId = stationId;
    this.operatorId = operatorId;
  }

  void moveTo(String newUrl, String by, LocalDateTime at) {
    url = Objects.requireNonNull(newUrl);
    updatedBy = by;
    updatedAt = at;
  }

  /** Whether {@code url} is an address the platform can call: http(s) with a host. */
  static boolean callable(String url) {
    if (url == null || url.isBlank() || url.length() > 255) {
      return false;
    }
    try {
      URI uri = URI.create(url.strip());
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The address of one of its endpoints, {@code reductions} or {@code bay-locks}. */
  String endpoint(String name) {
    return (url.endsWith("/") ? url : url + "/") + name;
  }

  public String getUrl() {
    return url;
  }
}
