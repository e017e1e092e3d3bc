package cn.evpark.charging;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One arrears record (欠费记录, {@code parking.md §5}): a settled order its account could not pay in
 * full.
 *
 * @param settledAt 欠费时间: when the settlement created the arrears, Asia/Shanghai
 * @param totalAmount 实收总金额 of the order, yuan
 * @param arrears 欠费金额: what the settlement could not take, yuan
 * @param unpaid 未结清金额: what of it is still owed, yuan ({@link ArrearsOutstanding})
 */
public record ArrearsRow(
    String orderNo,
    String phone,
    String stationName,
    LocalDateTime settledAt,
    BigDecimal totalAmount,
    BigDecimal arrears,
    BigDecimal unpaid)
    implements Serializable {

  /** 已结清: nothing of it is owed any more. */
  public boolean settled() {
    return unpaid.signum() == 0;
  }
}
