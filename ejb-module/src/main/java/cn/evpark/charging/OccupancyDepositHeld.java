package cn.evpark.charging;

/**
 * An app start held an occupancy deposit ({@code parking.md §3}), fired in the start's transaction
 * so that the stay the deposit belongs to is kept with it, or neither.
 *
 * @param orderId the charging order that holds it
 */
public record OccupancyDepositHeld(long orderId) {}
