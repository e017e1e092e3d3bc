package cn.evpark.tariff;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TierPrice;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A charging fee standard's schedule as a YKC billing model and back (ykc-protocol.md §5.8): the
 * prices of the four tiers and the tier of each of the 48 half-hour slots of the local day. A
 * canonical {@link FeeSchedule} and its model determine each other, so {@code toSchedule(toModel(s,
 * n)) == s}.
 *
 * <p>Tiers the schedule does not use are sent at price 0 (the spec allows it: no slot refers to
 * them). The loss ratio is 0, as the spec says the platform sends.
 */
public final class BillingModelMapping {

  /** Half-hour slots in a day. */
  public static final int SLOTS = BillingModel.SLOTS;

  private static final TierPrice UNUSED =
      new TierPrice(UnitPrice.ZERO.yuan(), UnitPrice.ZERO.yuan());

  private BillingModelMapping() {}

  /** The model a pile must charge {@code schedule} by, numbered {@code number}. */
  public static BillingModel toModel(FeeSchedule schedule, BillingModelNumber number) {
    Map<Tier, TierPrice> prices = new EnumMap<>(Tier.class);
    for (Segment segment : schedule.segments()) {
      prices.put(
          tier(segment.rateType()),
          new TierPrice(segment.prices().electricity().yuan(), segment.prices().service().yuan()));
    }
    List<Tier> slots = schedule.slots().stream().map(BillingModelMapping::tier).toList();
    return new BillingModel(
        number,
        prices.getOrDefault(Tier.SHARP, UNUSED),
        prices.getOrDefault(Tier.PEAK, UNUSED),
        prices.getOrDefault(Tier.FLAT, UNUSED),
        prices.getOrDefault(Tier.VALLEY, UNUSED),
        0,
        slots);
  }

  /** The schedule a model charges by: its slots' tiers with their prices. */
  public static FeeSchedule toSchedule(BillingModel model) {
    Map<RateType, TierPrices> prices = new EnumMap<>(RateType.class);
    for (RateType type : RateType.values()) {
      TierPrice price = model.prices(tier(type));
      prices.put(
          type, new TierPrices(new UnitPrice(price.electricity()), new UnitPrice(price.service())));
    }
    return FeeSchedule.fromSlots(
        model.slots().stream().map(BillingModelMapping::rateType).toList(), prices);
  }

  static Tier tier(RateType type) {
    return switch (type) {
      case SHARP -> Tier.SHARP;
      case PEAK -> Tier.PEAK;
      case FLAT -> Tier.FLAT;
      case VALLEY -> Tier.VALLEY;
    };
  }

  static RateType rateType(Tier tier) {
    return switch (tier) {
      case SHARP -> RateType.SHARP;
      case PEAK -> RateType.PEAK;
      case FLAT -> RateType.FLAT;
      case VALLEY -> RateType.VALLEY;
    };
  }
}
