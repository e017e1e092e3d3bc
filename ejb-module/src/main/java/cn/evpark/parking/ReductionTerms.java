package cn.evpark.parking;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A station's parking-fee reduction setting (停车减免, {@code parking.md §4}) as staff enter it.
 *
 * <p>Rules (the bounds are ours; the manual is silent): a minimum energy is 0.0001–9999.9999 kWh, a
 * minimum amount 0.01–9999.99 yuan in whole fen, either or both or neither; minutes free are 1–1440
 * whole minutes, an amount 0.01–9999.99 yuan in whole fen. Reductions go to the station's {@link
 * ParkingSystem}.
 *
 * @param enabled whether the station grants reductions
 * @param minEnergy kWh a charging order must reach, or null
 * @param minAmount yuan a charging order's 实收总金额 must reach, or null
 * @param kind minutes free or an amount
 * @param value the minutes (whole) or the yuan
 */
public record ReductionTerms(
    boolean enabled,
    BigDecimal minEnergy,
    BigDecimal minAmount,
    ReductionKind kind,
    BigDecimal value) {

  public static final String INVALID = "parking.reduction.invalid";

  private static final BigDecimal MAX = new BigDecimal("9999.99");

  /**
   * @throws RuleViolationException {@value #INVALID} with every rule broken, each at its field
   */
  public ReductionTerms {
    List<RuleViolation> broken = new ArrayList<>();
    if (minEnergy != null
        && (minEnergy.signum() <= 0
            || minEnergy.compareTo(new BigDecimal("9999.9999")) > 0
            || minEnergy.stripTrailingZeros().scale() > 4)) {
      broken.add(
          broken(
              "minEnergy",
              "parking.reduction.minEnergy",
              "a minimum energy is 0.0001 to 9999.9999 kWh"));
    }
    if (minAmount != null && !amount(minAmount)) {
      broken.add(
          broken(
              "minAmount",
              "parking.reduction.minAmount",
              "a minimum amount is 0.01 to 9999.99 yuan in whole fen"));
    }
    if (kind == null) {
      broken.add(broken("kind", "parking.reduction.kind", "choose minutes free or an amount"));
    } else if (kind == ReductionKind.MINUTES
        && (value == null
            || value.stripTrailingZeros().scale() > 0
            || value.compareTo(BigDecimal.ONE) < 0
            || value.compareTo(BigDecimal.valueOf(1440)) > 0)) {
      broken.add(broken("value", "parking.reduction.minutes", "minutes free are 1 to 1440"));
    } else if (kind == ReductionKind.AMOUNT && (value == null || !amount(value))) {
      broken.add(
          broken("value", "parking.reduction.amount", "an amount is 0.01 to 9999.99 in whole fen"));
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(INVALID, broken);
    }
    value = kind == ReductionKind.MINUTES ? value.setScale(0) : value.setScale(2);
  }

  /** The reduction in words, as 减免内容 shows it: "免费停车120分钟" or "停车费减免5.00元". */
  public String content() {
    return kind == ReductionKind.MINUTES
        ? "免费停车" + value.toPlainString() + "分钟"
        : "停车费减免" + value.toPlainString() + "元";
  }

  private static boolean amount(BigDecimal yuan) {
    return yuan.signum() > 0 && yuan.compareTo(MAX) <= 0 && yuan.stripTrailingZeros().scale() <= 2;
  }

  private static RuleViolation broken(String field, String code, String message) {
    return new RuleViolation(field, code, List.of(), message);
  }
}
