package cn.evpark.parking;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The 预约订单 list's filters (manual 5.3): 电站, 车牌号 (part of it), 开始时间起 至 止 (business days,
 * Asia/Shanghai, both inclusive). Null is no filter.
 */
public record ReservationFilter(Long stationId, String plate, LocalDate from, LocalDate to)
    implements Serializable {

  /** No filter. */
  public static final ReservationFilter NONE = new ReservationFilter(null, null, null, null);
}
