package cn.evpark.charging;

import java.time.LocalDate;

/**
 * The filters of the 充电订单 page (domain.md §5); a null filter does not filter.
 *
 * @param stationId 站点
 * @param chargingType 充电类型
 * @param phone 手机号 of the driver
 * @param from 开始充电时间 from this business day (Asia/Shanghai), inclusive
 * @param to 开始充电时间 to this business day, inclusive
 * @param state 充电状态
 * @param pileCode 充电桩编码
 * @param orderNo 商户订单号
 */
public record OrderFilter(
    Long stationId,
    ChargingType chargingType,
    String phone,
    LocalDate from,
    LocalDate to,
    OrderState state,
    String pileCode,
    String orderNo) {

  /** No filter: every order in the caller's scope. */
  public static final OrderFilter NONE =
      new OrderFilter(null, null, null, null, null, null, null, null);
}
