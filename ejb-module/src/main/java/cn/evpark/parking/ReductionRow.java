package cn.evpark.parking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of 减免订单 (manual 5.2, {@code parking.md §4}); times Asia/Shanghai.
 *
 * @param content 减免内容
 * @param value 抵扣额度: minutes or yuan, by {@code kind}
 * @param issuedAt 下发时间: when the parking system took it; null before
 * @param lastError why the latest attempt failed; null when none did or it was sent since
 * @param redeemedAt 核销时间; null while not redeemed (核销状态 未核销)
 */
public record ReductionRow(
    String orderNo,
    String content,
    String stationName,
    String plate,
    ReductionKind kind,
    BigDecimal value,
    String chargingOrderNo,
    LocalDateTime createdAt,
    LocalDateTime issuedAt,
    IssueState issueState,
    int attempts,
    String lastError,
    LocalDateTime redeemedAt)
    implements Serializable {

  /** 核销状态: redeemed or not. */
  public boolean redeemed() {
    return redeemedAt != null;
  }

  /** Whether staff may issue it again (重新下发). */
  public boolean reissuable() {
    return issueState == IssueState.FAILED;
  }
}
