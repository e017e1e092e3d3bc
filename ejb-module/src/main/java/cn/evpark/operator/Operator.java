package cn.evpark.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A charging operator (运营商): the tenant that owns stations and employs staff. Every station, pile
 * and order belongs to exactly one operator, and operator staff see only their own.
 */
@Entity
@OperatorOwned("id")
@Table(name = "operator")
public class Operator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /**
   * The platform's commission on this operator's service fees, percent with two decimals (0–100):
   * the statistics' 服务费支出 (money.md §7), set by the platform administrator.
   */
  @Column(name = "platform_commission_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal platformCommissionPercent = new BigDecimal("0.00");

  @Version private long version;

  protected Operator() {}

  public Operator(String name, LocalDateTime createdAt) {
    this.name = Objects.requireNonNull(name).strip();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * Sets the platform's commission on service fees (money.md §7).
   *
   * @param percent 0.00–100.00, at most two decimals, e.g. 6.00 for 6 %
   * @throws IllegalArgumentException outside that range or with more decimals
   */
  public void chargePlatformCommission(BigDecimal percent) {
    if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0) {
      throw new IllegalArgumentException("a commission is 0–100 %: " + percent);
    }
    this.platformCommissionPercent = percent.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The platform's commission on service fees, percent, scale 2. */
  public BigDecimal getPlatformCommissionPercent() {
    return platformCommissionPercent;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
