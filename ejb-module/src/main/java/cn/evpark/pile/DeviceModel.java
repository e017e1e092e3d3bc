package cn.evpark.pile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A device model (设备型号): the protocol, AC or DC, the number of guns and the rated power that every
 * pile of the model shares. The catalogue is the platform's, shared by all operators, and kept by
 * platform administrators; a model in use by a pile cannot be deleted.
 */
@Entity
@Table(name = "device_model")
public class DeviceModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private DeviceProtocol protocol;

  @Column(nullable = false, length = 64)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private PileKind kind;

  @Column(name = "gun_count", nullable = false)
  private int gunCount;

  @Column(name = "rated_power_kw", nullable = false, precision = 7, scale = 2)
  private BigDecimal ratedPowerKw;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected DeviceModel() {}

  public DeviceModel(DeviceModelDetails details, LocalDateTime createdAt) {
    this.protocol = Objects.requireNonNull(details.protocol());
    this.name = details.name().strip();
    this.kind = Objects.requireNonNull(details.kind());
    if (details.gunCount() < 1 || details.gunCount() > 8) {
      throw new IllegalArgumentException("a model has 1 to 8 guns, not " + details.gunCount());
    }
    this.gunCount = details.gunCount();
    this.ratedPowerKw = details.ratedPowerKw().setScale(2, RoundingMode.UNNECESSARY);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long getId() {
    return id;
  }

  public DeviceProtocol getProtocol() {
    return protocol;
  }

  public String getName() {
    return name;
  }

  public PileKind getKind() {
    return kind;
  }

  public int getGunCount() {
    return gunCount;
  }

  public BigDecimal getRatedPowerKw() {
    return ratedPowerKw;
  }

  /** How the model is shown in choosers, e.g. {@code YKC / AC-7 (交流 1枪 7.00kW)} without labels. */
  public String label() {
    return protocol + " / " + name;
  }
}
