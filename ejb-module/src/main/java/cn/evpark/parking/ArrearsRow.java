package cn.evpark.parking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One arrears record (欠费记录, {@code parking.md §5}): a settled charging order its account could not
 * pay in full, or a stay whose occupancy fee its deposit did not cover.
 *
 * @param kind 欠费类型: which of the two it is
 * @param orderNo the charging order's or the stay's 订单编号
 * @param settledAt 欠费时间: when the settlement created the arrears, Asia/Shanghai
 * @param totalAmount 实收总金额 of a charging order, 应收占位费 of a stay, yuan
 * @param arrears 欠费金额: what the settlement could not take, yuan
 * @param unpaid 未结清金额: what of it is still owed, yuan ({@link ArrearsOutstanding})
 */
public record ArrearsRow(
    Kind kind,
    String orderNo,
    String phone,
    String stationName,
    LocalDateTime settledAt,
    BigDecimal totalAmount,
    BigDecimal arrears,
    BigDecimal unpaid)
    implements Serializable {

  /** Where arrears come from ({@code parking.md §5}). */
  public enum Kind {
    /** 充电欠费: a charging order's settlement (money.md §4.7). */
    CHARGING,
    /** 占位欠费: a stay's occupancy fee beyond its deposit (parking.md §3). */
    OCCUPANCY
  }

  /** 已结清: nothing of it is owed any more. */
  public boolean settled() {
    return unpaid.signum() == 0;
  }
}
