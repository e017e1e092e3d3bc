package cn.evpark.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorOwned;
import cn.evpark.ykc.protocol.BillingModelNumber;
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
import java.util.function.Supplier;

/**
 * A charging fee standard (充电费 计费标准) of one operator: a name and a {@link FeeSchedule}.
 *
 * <p>Life cycle: created with a schedule and the billing-model number of that schedule; revised any
 * number of times — a revision that changes the schedule takes a new model number, so a pile that
 * still holds the old model reports a number that no longer matches (ykc-protocol.md §11.5); a
 * revision of the name alone keeps it. Deleted only while no station charges by it.
 */
@Entity
@OperatorOwned("operator.id")
@Table(name = "charging_fee_standard")
public class ChargingFeeStandard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "operator_id", nullable = false)
  private Operator operator;

  @Column(nullable = false, length = 100)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "charging_fee_segment",
      joinColumns = @JoinColumn(name = "standard_id", nullable = false))
  @OrderColumn(name = "position")
  private List<StoredSegment> segments = new ArrayList<>();

  @Column(name = "model_number", nullable = false, length = 4)
  private BillingModelNumber modelNumber;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected ChargingFeeStandard() {}

  public ChargingFeeStandard(
      Operator operator,
      String name,
      FeeSchedule schedule,
      BillingModelNumber modelNumber,
      LocalDateTime at) {
    this.operator = Objects.requireNonNull(operator);
    this.name = Objects.requireNonNull(name).strip();
    setSchedule(schedule);
    this.modelNumber = Objects.requireNonNull(modelNumber);
    this.createdAt = Objects.requireNonNull(at);
    this.updatedAt = at;
  }

  /**
   * Renames the standard and replaces its schedule; a changed schedule takes the model number
   * {@code nextNumber} gives.
   *
   * @return whether the schedule changed, so piles charging by the standard need the new model
   */
  public boolean revise(
      String newName,
      FeeSchedule newSchedule,
      Supplier<BillingModelNumber> nextNumber,
      LocalDateTime at) {
    this.name = Objects.requireNonNull(newName).strip();
    this.updatedAt = Objects.requireNonNull(at);
    if (newSchedule.equals(schedule())) {
      return false;
    }
    setSchedule(newSchedule);
    this.modelNumber = Objects.requireNonNull(nextNumber.get());
    return true;
  }

  private void setSchedule(FeeSchedule schedule) {
    segments.clear();
    schedule.segments().forEach(s -> segments.add(new StoredSegment(s)));
  }

  public FeeSchedule schedule() {
    return new FeeSchedule(segments.stream().map(StoredSegment::segment).toList());
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

  public BillingModelNumber getModelNumber() {
    return modelNumber;
  }

  /** The current billing model number as staff and integrators see it: its 4 digits. */
  public String modelNumberDigits() {
    return modelNumber.value();
  }
}
