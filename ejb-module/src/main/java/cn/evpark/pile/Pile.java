package cn.evpark.pile;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.Station;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A charging pile (充电桩) registered at a station. Only registered piles may log in over YKC.
 *
 * <p>运营状态: an enabled pile (启用) works normally; a disabled one (禁用) is refused at login, is put out
 * of service with the YKC work parameters (0x52) at once when it is online as it is disabled, and
 * the platform starts no session on it ({@link #mayStartCharging}). Every login of an enabled pile
 * puts it back in service, so an enabling made while it was offline reaches it. A pile is deleted
 * only while no gun charges.
 */
@Entity
@OperatorOwned("station.operator.id")
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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "device_model_id")
  private DeviceModel deviceModel;

  @Column(name = "min_start_amount", nullable = false, precision = 10, scale = 2)
  private BigDecimal minStartAmount = PileDetails.DEFAULT_MIN_START_AMOUNT;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private PileCategory category = PileCategory.PUBLIC;

  @Column(name = "bay_number", length = 32)
  private String bayNumber;

  @Column(name = "bay_name", length = 64)
  private String bayName;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_online_at")
  private LocalDateTime lastOnlineAt;

  @Column(name = "last_offline_at")
  private LocalDateTime lastOfflineAt;

  /** The version byte of the pile's last login (0x01), as sent; null before its first login. */
  @Column(name = "reported_protocol_version")
  private Integer reportedProtocolVersion;

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

  /** A pile of a device model, with the 添加充电桩 form's fields. */
  public Pile(
      Station station,
      PileCode code,
      DeviceModel model,
      PileDetails details,
      LocalDateTime createdAt) {
    this(station, code, model.getKind(), model.getGunCount(), createdAt);
    edit(station, model, details);
  }

  /** 编辑: everything but the code, which identifies the pile on the wire. */
  public void edit(Station station, DeviceModel model, PileDetails details) {
    this.station = Objects.requireNonNull(station);
    this.deviceModel = Objects.requireNonNull(model);
    this.kind = model.getKind();
    this.gunCount = model.getGunCount();
    this.minStartAmount = Objects.requireNonNull(details.minStartAmount());
    this.enabled = details.enabled();
    this.category = Objects.requireNonNull(details.category());
    this.bayNumber = details.bayNumber();
    this.bayName = details.bayName();
  }

  /** 运营状态 启用 / 禁用. */
  public void setOperating(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether the platform may start a charging session on the pile. */
  public boolean mayStartCharging() {
    return enabled;
  }

  /**
   * The pile logged in reporting {@code version} (0x01 body byte 9), a version the platform may not
   * know: kept as sent, shown and flagged on the pile page (docs/ykc-versions.md). Left as it is
   * when unchanged, so a login does not touch the row of a pile that reports what it did before.
   */
  public void reportedProtocolVersion(Code<ProtocolVersion> version) {
    if (reportedProtocolVersion == null || reportedProtocolVersion != version.raw()) {
      reportedProtocolVersion = version.raw();
    }
  }

  /** The version the pile reported at its last login; empty before its first. */
  public Optional<Code<ProtocolVersion>> getReportedProtocolVersion() {
    return Optional.ofNullable(reportedProtocolVersion)
        .map(raw -> Code.of(ProtocolVersion.class, raw));
  }

  /**
   * The pile logged in on {@code connection} at {@code at} (UTC). Ignored when a later login is
   * recorded already: the session events of two connections are delivered independently, so the
   * login of a connection that a newer one took over may arrive after the newer one's. Logins at
   * the same instant are ordered by connection.
   */
  public void cameOnline(long connection, LocalDateTime at) {
    boolean older =
        lastOnlineAt != null
            && (at.isBefore(lastOnlineAt)
                || at.isEqual(lastOnlineAt) && connectionId != null && connection < connectionId);
    if (!older) {
      this.connectionId = connection;
      this.lastOnlineAt = at;
    }
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

  public Long getId() {
    return id;
  }

  public Station getStation() {
    return station;
  }

  /** The pile's code as staff and integrators see it: its 14 digits. */
  public String codeDigits() {
    return code.value();
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

  /**
   * Checks that the pile has a gun of this number.
   *
   * @throws NotFoundException {@code pile.gun.notFound} (shows the pile's code and the gun)
   */
  public void requireGun(int gun) {
    if (gun < 1 || gun > gunCount) {
      throw new NotFoundException(
          "pile.gun.notFound",
          "pile " + code.value() + " has no gun " + gun,
          List.of(code.value(), String.valueOf(gun)));
    }
  }

  public boolean isEnabled() {
    return enabled;
  }

  public DeviceModel getDeviceModel() {
    return deviceModel;
  }

  public BigDecimal getMinStartAmount() {
    return minStartAmount;
  }

  public PileCategory getCategory() {
    return category;
  }

  public String getBayNumber() {
    return bayNumber == null ? "" : bayNumber;
  }

  public String getBayName() {
    return bayName == null ? "" : bayName;
  }

  /** The operator that owns the pile, through its station. */
  public Long operatorId() {
    return station.getOperator().getId();
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
