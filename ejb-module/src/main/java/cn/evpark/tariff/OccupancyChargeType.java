package cn.evpark.tariff;

/**
 * How an occupancy fee is collected (占位费收费类型). The manual knows one: prepaid (预付费) — the driver
 * pays a deposit before charging, the fee is deducted from it when the car leaves.
 */
public enum OccupancyChargeType {
  PREPAID
}
