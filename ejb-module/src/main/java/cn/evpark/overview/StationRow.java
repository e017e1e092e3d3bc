package cn.evpark.overview;

import cn.evpark.pile.StationPileFigures;
import cn.evpark.station.Station;
import cn.evpark.tariff.ChargingMode;
import cn.evpark.tariff.StationTariffSummary;
import java.io.Serializable;

/**
 * One line of the station list, the manual's columns (3.4): 站点编号, 电站名称, 交流桩, 直流桩, 在线数量, 离线, 充电(枪),
 * 故障(枪), 电子支付, 充电费, 占位费, 预约费, 地址.
 *
 * <p>充电费, 占位费 and 预约费 belong to the tariffs (the station's fee standard and rules): 已配置 with a
 * standard, 免费 when free (manual 3.2: "如果是不收费的，可以点击免费按钮"), 启用 with an occupancy rule in effect and
 * a reservation rule published; until a station has them they read 未配置 and 禁用.
 */
public record StationRow(
    long id,
    String name,
    String operatorName,
    StationPileFigures piles,
    boolean paymentEnabled,
    boolean chargingFeeConfigured,
    boolean chargingFree,
    boolean occupancyFeeEnabled,
    boolean reservationEnabled,
    String address)
    implements Serializable {

  /**
   * The line of a station.
   *
   * @param figures its piles' figures; null when it has no pile
   * @param tariff its tariff columns; null when nothing is set
   * @param address the full address, as {@code StationService.addressOf} gives it
   */
  static StationRow of(
      Station station, StationPileFigures figures, StationTariffSummary tariff, String address) {
    StationTariffSummary fees = tariff == null ? StationTariffSummary.NOTHING_SET : tariff;
    return new StationRow(
        station.getId(),
        station.getName(),
        station.getOperator().getName(),
        figures == null ? StationPileFigures.NONE : figures,
        station.isPaymentEnabled(),
        fees.chargingConfigured(),
        fees.charging() == ChargingMode.FREE,
        fees.occupancyFeeEnabled(),
        fees.reservationsEnabled(),
        address);
  }
}
