package cn.evpark.benefit;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A charging activity as staff enter it (充电活动 添加/编辑, manual 7.4).
 *
 * @param name 活动名称, 1–64 characters
 * @param startDate first day, inclusive (Asia/Shanghai)
 * @param endDate last day, inclusive, not before the first
 * @param weekdays 星期: the weekdays it applies on, at least one
 * @param remarks 备注, at most 200 characters, may be empty
 * @param electricityPercent 电费优惠, per cent off (0–100)
 * @param servicePercent 服务费优惠, per cent off (0–100)
 * @param stationIds 活动电站, at least one
 */
public record ActivityDraft(
    String name,
    LocalDate startDate,
    LocalDate endDate,
    Set<DayOfWeek> weekdays,
    String remarks,
    BigDecimal electricityPercent,
    BigDecimal servicePercent,
    Set<Long> stationIds) {

  /** The code of a refused draft; each broken rule is a violation. */
  public static final String INVALID = "activity.invalid";

  public ActivityDraft {
    weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    stationIds = stationIds == null ? Set.of() : Set.copyOf(stationIds);
    name = name == null ? "" : name.strip();
    remarks = remarks == null ? "" : remarks.strip();
  }

  /**
   * The draft's discount, every broken rule of the draft listed.
   *
   * @throws RuleViolationException ({@value #INVALID}) naming each broken rule
   */
  Discount checked() {
    List<RuleViolation> broken = new ArrayList<>();
    if (name.isEmpty() || name.length() > 64) {
      broken.add(violation("name", "activity.name.invalid", "a name is 1 to 64 characters"));
    }
    if (startDate == null || endDate == null) {
      broken.add(violation("startDate", "activity.dates.missing", "both dates are required"));
    } else if (endDate.isBefore(startDate)) {
      broken.add(violation("endDate", "activity.dates.order", "the end is not before the start"));
    }
    if (weekdays.isEmpty()) {
      broken.add(violation("weekdays", "activity.weekdays.none", "at least one weekday"));
    }
    if (remarks.length() > 200) {
      broken.add(violation("remarks", "activity.remarks.tooLong", "at most 200 characters"));
    }
    if (stationIds.isEmpty()) {
      broken.add(violation("stationIds", "activity.stations.none", "at least one station"));
    }
    Discount discount = null;
    try {
      discount = new Discount(electricityPercent, servicePercent);
    } catch (RuleViolationException e) {
      broken.addAll(e.violations());
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(INVALID, broken);
    }
    return discount;
  }

  private static RuleViolation violation(String field, String code, String message) {
    return new RuleViolation(field, code, List.of(), message);
  }
}
