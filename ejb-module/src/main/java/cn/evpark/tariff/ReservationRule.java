package cn.evpark.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reservation fee rule (预约费 预约规则) of one operator: a name and its {@link ReservationTerms}.
 * Revised at will; deleted only while no station uses it.
 */
@Entity
@OperatorOwned("operator.id")
@Table(name = "reservation_rule")
public class ReservationRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "operator_id", nullable = false)
  private Operator operator;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "daily_limit", nullable = false)
  private int dailyLimit;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "reservation_rule_tier",
      joinColumns = @JoinColumn(name = "rule_id", nullable = false))
  @OrderColumn(name = "position")
  private List<StoredReservationTier> tiers = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected ReservationRule() {}

  public ReservationRule(Operator operator, String name, ReservationTerms terms, LocalDateTime at) {
    this.operator = Objects.requireNonNull(operator);
    this.createdAt = Objects.requireNonNull(at);
    revise(name, terms, at);
  }

  public void revise(String newName, ReservationTerms terms, LocalDateTime at) {
    this.name = Objects.requireNonNull(newName).strip();
    this.dailyLimit = terms.dailyLimit();
    this.tiers.clear();
    terms.tiers().forEach(t -> tiers.add(new StoredReservationTier(t)));
    this.updatedAt = Objects.requireNonNull(at);
  }

  public ReservationTerms terms() {
    return new ReservationTerms(
        dailyLimit, tiers.stream().map(StoredReservationTier::tier).toList());
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
