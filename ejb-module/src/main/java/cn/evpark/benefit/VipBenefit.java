package cn.evpark.benefit;

import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A driver's VIP benefit at one operator (用户管理, manual 7.1; money.md §5): free, or a discount in
 * per cent on electricity and/or service, at every station of the operator or only at some. At most
 * one per driver and operator; set again, it is changed in place; removed, it is deleted. Applied
 * at settlement when it is the best benefit of the order ({@link BenefitChoice}).
 */
@Entity
@Table(name = "vip_benefit")
@OperatorOwned("operatorId")
public class VipBenefit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "driver_id", nullable = false, updatable = false)
  private long driverId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private VipKind kind;

  @Column(name = "electricity_discount", nullable = false, precision = 5, scale = 2)
  private BigDecimal electricityDiscount;

  @Column(name = "service_discount", nullable = false, precision = 5, scale = 2)
  private BigDecimal serviceDiscount;

  /** The stations it applies at; empty for every station of the operator. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vip_benefit_station", joinColumns = @JoinColumn(name = "vip_benefit_id"))
  @Column(name = "station_id")
  private Set<Long> stationIds = new HashSet<>();

  @Column(name = "set_by", nullable = false, length = 64)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private LocalDateTime setAt;

  @Version private long version;

  protected VipBenefit() {}

  VipBenefit(long operatorId, long driverId) {
    this.operatorId = operatorId;
    this.driverId = driverId;
  }

  /**
   * Gives the benefit its terms.
   *
   * @param discount {@link Discount#FREE} for {@link VipKind#FREE}
   * @param stationIds the stations, already checked to be the operator's; empty for all
   * @param setAt UTC
   */
  void set(
      VipKind kind, Discount discount, Set<Long> stationIds, String setBy, LocalDateTime setAt) {
    this.kind = Objects.requireNonNull(kind, "kind");
    Discount terms = kind == VipKind.FREE ? Discount.FREE : discount;
    this.electricityDiscount = terms.electricityPercent().setScale(2);
    this.serviceDiscount = terms.servicePercent().setScale(2);
    this.stationIds.clear();
    this.stationIds.addAll(stationIds);
    this.setBy = Objects.requireNonNull(setBy, "setBy");
    this.setAt = Objects.requireNonNull(setAt, "setAt");
  }

  /** Whether an order at this station qualifies. */
  public boolean appliesAt(long stationId) {
    return stationIds.isEmpty() || stationIds.contains(stationId);
  }

  /** The benefit as settlement weighs it. */
  public Benefit benefit() {
    return new Benefit(BenefitSource.VIP, id, "VIP", discount());
  }

  public Discount discount() {
    return new Discount(electricityDiscount, serviceDiscount);
  }

  public Long getId() {
    return id;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getDriverId() {
    return driverId;
  }

  public VipKind getKind() {
    return kind;
  }

  /** Per cent off electricity. */
  public BigDecimal getElectricityDiscount() {
    return electricityDiscount;
  }

  /** Per cent off service. */
  public BigDecimal getServiceDiscount() {
    return serviceDiscount;
  }

  /** Empty for every station. */
  public Set<Long> getStationIds() {
    return Collections.unmodifiableSet(stationIds);
  }

  public String getSetBy() {
    return setBy;
  }

  /** UTC. */
  public LocalDateTime getSetAt() {
    return setAt;
  }
}
