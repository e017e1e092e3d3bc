package cn.evpark.parking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of 减免汇总 ({@code parking.md §4}): a station's reductions of one business day
 * (Asia/Shanghai, the day they were written).
 *
 * @param orders how many reductions
 * @param sent how many the parking system took (已下发)
 * @param failed how many failed every attempt (下发失败)
 * @param redeemed how many were redeemed (已核销)
 * @param minutes the minutes free granted, by reductions of minutes
 * @param amount the yuan granted, by reductions of an amount
 */
public record ReductionSummaryRow(
    long stationId,
    String stationName,
    LocalDate day,
    long orders,
    long sent,
    long failed,
    long redeemed,
    long minutes,
    BigDecimal amount)
    implements Serializable {}
