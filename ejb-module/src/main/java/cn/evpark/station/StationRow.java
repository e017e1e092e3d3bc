package cn.evpark.station;

import cn.evpark.pile.StationPileFigures;
import java.io.Serializable;

/**
 * One line of the station list, the manual's columns (3.4): 站点编号, 电站名称, 交流桩, 直流桩, 在线数量, 离线, 充电(枪),
 * 故障(枪), 电子支付, 充电费, 占位费, 预约费, 地址.
 *
 * <p>充电费, 占位费 and 预约费 belong to the tariffs (the station's fee standard and rules); until a station
 * has them they read 未配置 and 禁用.
 */
public record StationRow(
    long id,
    String name,
    String operatorName,
    StationPileFigures piles,
    boolean paymentEnabled,
    boolean chargingFeeConfigured,
    boolean occupancyFeeEnabled,
    boolean reservationEnabled,
    String address)
    implements Serializable {

  static StationRow of(Station station, StationPileFigures figures, String address) {
    return new StationRow(
        station.getId(),
        station.getName(),
        station.getOperator().getName(),
        figures == null ? StationPileFigures.NONE : figures,
        station.isPaymentEnabled(),
        false,
        false,
        false,
        address);
  }
}
