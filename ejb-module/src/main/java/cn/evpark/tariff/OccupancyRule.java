package cn.evpark.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorOwned;
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
import java.util.Objects;

/**
 * An occupancy fee rule (占位费 占位规则) of one operator: a name and its {@link OccupancyTerms}. Revised
 * at will; deleted only while no station uses it.
 */
@Entity
@OperatorOwned("operator.id")
@Table(name = "occupancy_rule")
public class OccupancyRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "operator_id", nullable = false)
  private Operator operator;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "charge_type", nullable = false, length = 16)
  private OccupancyChargeType chargeType;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal deposit;

  @Column(name = "with_order_free_minutes", nullable = false)
  private int withOrderFreeMinutes;

  @Column(name = "with_order_period_minutes", nullable = false)
  private int withOrderPeriodMinutes;

  @Column(name = "with_order_period_fee", nullable = false, precision = 10, scale = 2)
  private BigDecimal withOrderPeriodFee;

  @Column(name = "without_order_free_minutes", nullable = false)
  private int withoutOrderFreeMinutes;

  @Column(name = "without_order_period_minutes", nullable = false)
  private int withoutOrderPeriodMinutes;

  @Column(name = "without_order_period_fee", nullable = false, precision = 10, scale = 2)
  private BigDecimal withoutOrderPeriodFee;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected OccupancyRule() {}

  public OccupancyRule(Operator operator, String name, OccupancyTerms terms, LocalDateTime at) {
    this.operator = Objects.requireNonNull(operator);
    this.createdAt = Objects.requireNonNull(at);
    revise(name, terms, at);
  }

  public void revise(String newName, OccupancyTerms terms, LocalDateTime at) {
    this.name = Objects.requireNonNull(newName).strip();
    this.chargeType = terms.chargeType();
    this.deposit = terms.deposit();
    this.withOrderFreeMinutes = terms.withOrder().freeMinutes();
    this.withOrderPeriodMinutes = terms.withOrder().periodMinutes();
    this.withOrderPeriodFee = terms.withOrder().periodFee();
    this.withoutOrderFreeMinutes = terms.withoutOrder().freeMinutes();
    this.withoutOrderPeriodMinutes = terms.withoutOrder().periodMinutes();
    this.withoutOrderPeriodFee = terms.withoutOrder().periodFee();
    this.updatedAt = Objects.requireNonNull(at);
  }

  public OccupancyTerms terms() {
    return new OccupancyTerms(
        chargeType,
        deposit,
        new OccupancyCharge(withOrderFreeMinutes, withOrderPeriodMinutes, withOrderPeriodFee),
        new OccupancyCharge(
            withoutOrderFreeMinutes, withoutOrderPeriodMinutes, withoutOrderPeriodFee));
  }

  public Long getId() {
    return id;
  }

  public Operator getOperator() {
    return operator;
  }

  public String getName() {
    return name;
  }
}
