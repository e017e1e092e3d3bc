package cn.evpark.tariff;

import java.util.List;

/**
 * A change to a session's exact amounts before they are rounded: where charging activities (充电活动:
 * electricity and service discounts in per cent) and driver benefits (VIP charges free or at a
 * discount) plug in. The pricing engine applies the adjustments in order to the exact per-rate-type
 * amounts and rounds only the result, once, so a discount never loses or gains a fen to
 * intermediate rounding.
 *
 * <p>An adjustment keeps every rate type and its energy and never makes an amount negative.
 */
@FunctionalInterface
public interface PriceAdjustment {

  /** Leaves the amounts as they are. */
  PriceAdjustment NONE = amounts -> amounts;

  /**
   * @param amounts one entry per rate type of the standard, exact
   * @return the adjusted amounts, the same rate types in the same order
   */
  List<TierAmounts> apply(List<TierAmounts> amounts);
}
