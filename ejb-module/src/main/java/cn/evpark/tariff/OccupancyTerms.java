package cn.evpark.tariff;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an occupancy fee rule (占位费, manual 二、2.3) asks: the type (prepaid), the deposit (预付占位押金) a
 * driver pays before charging, and how occupancy with and without a charging order is charged.
 *
 * <p>Rules (the bounds are ours; the manual is silent): deposit and period fees 0–9999.99 yuan in
 * whole fen; free minutes 0–1440; a period 1–1440 minutes.
 *
 * @param chargeType how the fee is collected
 * @param deposit yuan, whole fen
 * @param withOrder the car stays after charging (充电结束后免费时长, then X per N minutes)
 * @param withoutOrder the car parks without charging (进入车位免费时长, then X per N minutes)
 */
public record OccupancyTerms(
    OccupancyChargeType chargeType,
    BigDecimal deposit,
    OccupancyCharge withOrder,
    OccupancyCharge withoutOrder) {

  public static final String INVALID = "tariff.occupancy.invalid";

  public OccupancyTerms {
    List<RuleViolation> broken = rulesBrokenBy(chargeType, deposit, withOrder, withoutOrder);
    if (!broken.isEmpty()) {
      throw new RuleViolationException(INVALID, broken);
    }
    deposit = deposit.setScale(2, RoundingMode.UNNECESSARY);
    withOrder = scaled(withOrder);
    withoutOrder = scaled(withoutOrder);
  }

  /** Every rule the values break, each at its field. */
  public static List<RuleViolation> rulesBrokenBy(
      OccupancyChargeType chargeType,
      BigDecimal deposit,
      OccupancyCharge withOrder,
      OccupancyCharge withoutOrder) {
    List<RuleViolation> broken = new ArrayList<>();
    if (chargeType == null) {
      broken.add(
          Rules.broken("chargeType", "tariff.occupancy.chargeType", "the charge type is required"));
    }
    if (!Rules.validAmount(deposit)) {
      broken.add(
          Rules.broken(
              "deposit",
              "tariff.occupancy.deposit",
              "the deposit is 0 to 9999.99 yuan in whole fen"));
    }
    check(withOrder, "withOrder", broken);
    check(withoutOrder, "withoutOrder", broken);
    return broken;
  }

  private static void check(OccupancyCharge charge, String kind, List<RuleViolation> broken) {
    String code = "tariff.occupancy." + kind;
    if (charge == null || !Rules.between(charge.freeMinutes(), 0, 24 * 60)) {
      broken.add(
          Rules.broken(kind + ".freeMinutes", code + ".freeMinutes", "free minutes are 0 to 1440"));
    }
    if (charge == null || !Rules.between(charge.periodMinutes(), 1, 24 * 60)) {
      broken.add(
          Rules.broken(
              kind + ".periodMinutes", code + ".periodMinutes", "a period is 1 to 1440 minutes"));
    }
    if (charge == null || !Rules.validAmount(charge.periodFee())) {
      broken.add(
          Rules.broken(
              kind + ".periodFee",
              code + ".periodFee",
              "the fee per period is 0 to 9999.99 yuan in whole fen"));
    }
  }

  private static OccupancyCharge scaled(OccupancyCharge charge) {
    return new OccupancyCharge(
        charge.freeMinutes(),
        charge.periodMinutes(),
        charge.periodFee().setScale(2, RoundingMode.UNNECESSARY));
  }

  /** The charge for one kind of occupancy. */
  public OccupancyCharge charge(OccupancyKind kind) {
    return kind == OccupancyKind.WITH_CHARGING_ORDER ? withOrder : withoutOrder;
  }
}
