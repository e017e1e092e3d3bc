package cn.evpark.charging;

/**
 * An order was settled ({@code money.md §4}), fired in the settling transaction, so that what the
 * settlement earns elsewhere (a parking-fee reduction, {@code parking.md §4}) is written with it,
 * or neither is. Observers must not fail for an order they do not care about.
 *
 * @param order the order as settled; a new offline order may not have its id before a flush
 */
public record ChargingOrderSettled(ChargingOrder order) {}
