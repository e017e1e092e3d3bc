package cn.evpark.pile;

import cn.evpark.station.Station;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A charging pile (充电桩) registered at a station. Only registered piles may log in over YKC, and
 * only while enabled (运营状态 启用).
 */
@Entity
@Table(name = "pile")
public class Pile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "station_id", nullable = false)
  private Station station;

  @Column(nullable = false, length = 14, unique = true)
  private PileCode code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private PileKind kind;

  @Column(name = "gun_count", nullable = false)
  private int gunCount;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_online_at")
  private LocalDateTime lastOnlineAt;

  @Column(name = "last_offline_at")
  private LocalDateTime lastOfflineAt;

  /** The YKC connection the pile is online on; null while offline. */
  @Column(name = "connection_id")
  private Long connectionId;

  @Version private long version;

  protected Pile() {}

  public Pile(
      Station station, PileCode code, PileKind kind, int gunCount, LocalDateTime createdAt) {
    if (gunCount < 1 || gunCount > 99) {
      throw new IllegalArgumentException("a pile has 1 to 99 guns, not " + gunCount);
    }
    this.station = Objects.requireNonNull(station);
    this.code = Objects.requireNonNull(code);
    this.kind = Objects.requireNonNull(kind);
    this.gunCount = gunCount;
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** The pile logged in on {@code connection} at {@code at} (UTC). */
  public void cameOnline(long connection, LocalDateTime at) {
    this.connectionId = connection;
    this.lastOnlineAt = at;
  }

  /**
   * The connection {@code connection} closed at {@code at}. Ignored when the pile is online on a
   * newer connection already: the events of two connections may cross.
   */
  public void wentOffline(long connection, LocalDateTime at) {
    if (connectionId != null && connectionId == connection) {
      this.connectionId = null;
      this.lastOfflineAt = at;
    }
  }

  /** Whether the pile may log in and charge. */
  public boolean mayOperate() {
    return enabled;
  }

  public Long getId() {
    return id;
  }

  public Station getStation() {
    return station;
  }

  public PileCode getCode() {
    return code;
  }

  public PileKind getKind() {
    return kind;
  }

  public int getGunCount() {
    return gunCount;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getLastOnlineAt() {
    return lastOnlineAt;
  }

  public LocalDateTime getLastOfflineAt() {
    return lastOfflineAt;
  }
}
