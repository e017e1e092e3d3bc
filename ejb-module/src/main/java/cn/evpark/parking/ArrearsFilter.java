package cn.evpark.parking;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The 欠费记录 list's filters ({@code parking.md §5}): 电站, 手机号, 欠费时间起 至 止 (business days,
 * Asia/Shanghai, both inclusive). Null is no filter.
 */
public record ArrearsFilter(Long stationId, String phone, LocalDate from, LocalDate to)
    implements Serializable {

  public static final ArrearsFilter NONE = new ArrearsFilter(null, null, null, null);
}
