package cn.evpark.charging;

/**
 * The occupancy deposit of a start that failed went back whole ({@code parking.md §3}), fired in
 * that transaction: no stay takes it any more.
 *
 * @param orderId the charging order whose start failed
 */
public record OccupancyDepositReleased(long orderId) {}
