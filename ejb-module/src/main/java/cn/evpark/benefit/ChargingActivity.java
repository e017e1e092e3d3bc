package cn.evpark.benefit;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.BusinessCalendar;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A charging activity (充电活动, manual 7.4; money.md §5): a discount in per cent on electricity and
 * service at some stations of an operator, on some weekdays between two dates (inclusive, Asia/
 * Shanghai). An order qualifies by its start time.
 *
 * <p>Life cycle: created, edited while not ended, ended early by staff ({@link #endEarly}: orders
 * starting from then on no longer qualify) or simply by passing its last day. Orders settled under
 * it keep what they were given: the order stores the benefit's name and saving.
 */
@Entity
@Table(name = "charging_activity")
@OperatorOwned("operatorId")
public class ChargingActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  /** Bit {@code d − 1} set for each {@link DayOfWeek} d (Monday = bit 0). */
  @Column(nullable = false)
  private int weekdays;

  @Column(nullable = false, length = 200)
  private String remarks;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type", nullable = false, length = 16)
  private ActivityType type = ActivityType.PROPORTIONAL;

  @Column(name = "electricity_discount", nullable = false, precision = 5, scale = 2)
  private BigDecimal electricityDiscount;

  @Column(name = "service_discount", nullable = false, precision = 5, scale = 2)
  private BigDecimal serviceDiscount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "charging_activity_station",
      joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "station_id")
  private Set<Long> stationIds = new HashSet<>();

  /** When staff ended it early, UTC; null while it runs to its last day. */
  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected ChargingActivity() {}

  ChargingActivity(long operatorId, LocalDateTime createdAt) {
    this.operatorId = operatorId;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * Takes the draft's terms; the draft and its stations are checked by the caller.
   *
   * @param today the business day now
   * @throws ActivityEndedException when the activity has ended
   */
  void edit(ActivityDraft draft, Discount discount, String by, LocalDate today) {
    // a new activity has no dates yet; an existing one is refused once it has ended
    if (endDate != null && stateOn(today) == ActivityState.ENDED) {
      throw new ActivityEndedException(name);
    }
    name = draft.name();
    startDate = draft.startDate();
    endDate = draft.endDate();
    weekdays = 0;
    draft.weekdays().forEach(d -> weekdays |= 1 << (d.getValue() - 1));
    remarks = draft.remarks();
    electricityDiscount = discount.electricityPercent().setScale(2);
    serviceDiscount = discount.servicePercent().setScale(2);
    stationIds.clear();
    stationIds.addAll(draft.stationIds());
    changedBy = by;
  }

  /**
   * Ends the activity now: orders starting from {@code now} on no longer qualify.
   *
   * @param now UTC
   * @throws ActivityEndedException when it has ended already
   */
  void endEarly(LocalDateTime now, String by) {
    if (stateOn(BusinessCalendar.toLocal(now).toLocalDate()) == ActivityState.ENDED) {
      throw new ActivityEndedException(name);
    }
    endedAt = now;
    changedBy = by;
  }

  /** Where it stands on a business day. */
  public ActivityState stateOn(LocalDate today) {
    if (endedAt != null || today.isAfter(endDate)) {
      return ActivityState.ENDED;
    }
    return today.isBefore(startDate) ? ActivityState.NOT_STARTED : ActivityState.ACTIVE;
  }

  /**
   * Whether an order at {@code stationId} starting at {@code startedAt} (UTC) qualifies: its
   * station, business day within the dates, weekday, and before an early end.
   */
  public boolean qualifies(long stationId, LocalDateTime startedAt) {
    LocalDate day = BusinessCalendar.toLocal(startedAt).toLocalDate();
    return stationIds.contains(stationId)
        && !day.isBefore(startDate)
        && !day.isAfter(endDate)
        && getWeekdays().contains(day.getDayOfWeek())
        && (endedAt == null || startedAt.isBefore(endedAt));
  }

  /** The activity as settlement weighs it. */
  public Benefit benefit() {
    return new Benefit(BenefitSource.ACTIVITY, id, name, discount());
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

  public String getName() {
    return name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public Set<DayOfWeek> getWeekdays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if ((weekdays & (1 << (day.getValue() - 1))) != 0) {
        days.add(day);
      }
    }
    return days;
  }

  public String getRemarks() {
    return remarks;
  }

  public ActivityType getType() {
    return type;
  }

  /** Per cent off electricity. */
  public BigDecimal getElectricityDiscount() {
    return electricityDiscount;
  }

  /** Per cent off service. */
  public BigDecimal getServiceDiscount() {
    return serviceDiscount;
  }

  public Set<Long> getStationIds() {
    return Collections.unmodifiableSet(stationIds);
  }

  /** UTC; null unless ended early. */
  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
