package cn.evpark.parking;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A station's parking-fee reduction after charging ({@code parking.md §4}): whether it grants one,
 * what a charging order must reach (energy, amount, or both; neither: every settled order), what it
 * grants, and where the car park's parking system takes it. Checked by {@link ReductionTerms}.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "reduction_rule")
public class ReductionRule {

  @Id
  @Column(name = "station_id")
  private Long stationId;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "min_energy", precision = 10, scale = 4)
  private Energy minEnergy;

  @Column(name = "min_amount", precision = 10, scale = 2)
  private Money minAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "reduction_kind", nullable = false, length = 8)
  private ReductionKind kind;

  /** Minutes (whole) or yuan, by {@link #kind}. */
  @Column(name = "reduction_value", nullable = false, precision = 10, scale = 2)
  private BigDecimal value;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  protected ReductionRule() {}

  ReductionRule(long stationId, long operatorId) {
    this.stationId = stationId;
    this.operatorId = operatorId;
  }

  /** Takes {@code terms}, checked already. */
  void set(ReductionTerms terms, String by, LocalDateTime at) {
    enabled = terms.enabled();
    minEnergy = terms.minEnergy() == null ? null : new Energy(terms.minEnergy());
    minAmount = terms.minAmount() == null ? null : new Money(terms.minAmount());
    kind = Objects.requireNonNull(terms.kind());
    value = terms.value();
    updatedBy = by;
    updatedAt = at;
  }

  /** The rule as terms. */
  public ReductionTerms terms() {
    return new ReductionTerms(
        enabled,
        minEnergy == null ? null : minEnergy.kwh(),
        minAmount == null ? null : minAmount.yuan(),
        kind,
        value);
  }

  /** Whether an order of {@code energy} and {@code total} earns the reduction. */
  boolean grantsFor(Energy energy, Money total) {
    return enabled
        && (minEnergy == null || energy.compareTo(minEnergy) >= 0)
        && (minAmount == null || total.compareTo(minAmount) >= 0);
  }

  public long getStationId() {
    return stationId;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public ReductionKind getKind() {
    return kind;
  }

  public BigDecimal getValue() {
    return value;
  }
}
