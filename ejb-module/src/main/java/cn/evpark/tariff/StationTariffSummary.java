package cn.evpark.tariff;

/**
 * A station's tariff columns in the station list (充电费 已配置/未配置, 占位费 and 预约费 启用/禁用).
 *
 * @param charging not configured, a standard, or free
 * @param occupancyFeeEnabled an occupancy rule is in effect
 * @param reservationsEnabled a reservation rule is published
 */
public record StationTariffSummary(
    ChargingMode charging, boolean occupancyFeeEnabled, boolean reservationsEnabled) {

  /** A station nobody has set anything for. */
  public static final StationTariffSummary NOTHING_SET =
      new StationTariffSummary(ChargingMode.NOT_CONFIGURED, false, false);

  /** 已配置: the station has a standard or is free. */
  public boolean chargingConfigured() {
    return charging != ChargingMode.NOT_CONFIGURED;
  }
}
