package cn.evpark.parking;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The 占位订单 list's filters (manual 5.4): 电站, 车牌号 (part of it), 开始时间起 至 止 (when the stay opened,
 * business days, Asia/Shanghai, both inclusive). Null is no filter.
 */
public record OccupancyFilter(Long stationId, String plate, LocalDate from, LocalDate to)
    implements Serializable {

  /** No filter. */
  public static final OccupancyFilter NONE = new OccupancyFilter(null, null, null, null);
}
