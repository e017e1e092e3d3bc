package cn.evpark.benefit;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.tariff.PriceAdjustment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A proportional discount (按比例) on a session's electricity and service amounts, in per cent: 20
 * means 20 % off (money.md §5). A VIP charging free (免费) is 100 % off both.
 *
 * <p>Applied to the exact amounts before the one rounding ({@link PriceAdjustment}): an amount
 * times (100 − percent) / 100 is exact, since a percent has at most two decimals.
 *
 * @param electricityPercent 0 to 100, at most two decimals
 * @param servicePercent 0 to 100, at most two decimals
 */
public record Discount(BigDecimal electricityPercent, BigDecimal servicePercent) {

  /** The largest discount: everything free. */
  public static final BigDecimal HUNDRED = new BigDecimal("100");

  /** Free charging (免费): 100 % off electricity and service. */
  public static final Discount FREE = new Discount(HUNDRED, HUNDRED);

  /**
   * @throws RuleViolationException ({@code benefit.discount.invalid}) when a percent is missing,
   *     outside 0–100 or has more than two decimals, or both are zero (no benefit at all)
   */
  public Discount {
    List<RuleViolation> broken = new ArrayList<>();
    check("electricityPercent", electricityPercent, broken);
    check("servicePercent", servicePercent, broken);
    if (broken.isEmpty() && electricityPercent.signum() == 0 && servicePercent.signum() == 0) {
      broken.add(
          new RuleViolation(
              "",
              "benefit.discount.none",
              List.of(),
              "a discount takes something off electricity or service"));
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException("benefit.discount.invalid", broken);
    }
    electricityPercent = electricityPercent.stripTrailingZeros();
    servicePercent = servicePercent.stripTrailingZeros();
  }

  /** Whether this discount makes every session free. */
  public boolean isFree() {
    return electricityPercent.compareTo(HUNDRED) == 0 && servicePercent.compareTo(HUNDRED) == 0;
  }

  /** The discount as an adjustment of a session's exact amounts. */
  public PriceAdjustment adjustment() {
    BigDecimal electricityShare = HUNDRED.subtract(electricityPercent).movePointLeft(2);
    BigDecimal serviceShare = HUNDRED.subtract(servicePercent).movePointLeft(2);
    return amounts ->
        amounts.stream()
            .map(
                a ->
                    a.withAmounts(
                        a.electricity().multiply(electricityShare),
                        a.service().multiply(serviceShare)))
            .toList();
  }

  private static void check(String field, BigDecimal percent, List<RuleViolation> broken) {
    if (percent == null
        || percent.signum() < 0
        || percent.compareTo(HUNDRED) > 0
        || percent.stripTrailingZeros().scale() > 2) {
      broken.add(
          new RuleViolation(
              field,
              "benefit.percent.invalid",
              List.of(),
              "a discount is 0 to 100 per cent, at most two decimals: " + percent));
    }
  }
}
