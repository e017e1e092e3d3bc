package cn.evpark.benefit;

import java.util.Objects;

/**
 * One benefit an order qualifies for (money.md §5): where it comes from, which one, its name as the
 * order shows it, and its discount.
 *
 * @param source VIP or charging activity
 * @param id the VIP benefit's or the activity's id
 * @param name the activity's name; "VIP" for a VIP benefit
 * @param discount what it takes off
 */
public record Benefit(BenefitSource source, long id, String name, Discount discount) {

  public Benefit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(discount, "discount");
  }
}
