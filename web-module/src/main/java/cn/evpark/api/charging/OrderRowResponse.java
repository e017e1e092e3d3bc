package cn.evpark.api.charging;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.OrderRow;
import cn.evpark.charging.PaymentStatus;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One row of the 充电订单 list with every column of manual 5.1: 站点, 手机号, 商户订单号, 充电电量 (kWh), 开始充电时间
 * (Asia/Shanghai), 充电时长 (minutes), 服务费, 电费, 实收总金额 (yuan), 充电状态, 支付状态, 结束原因, plus the pile, gun,
 * 充电类型 and 计费差异. {@code transactionTypeCode} is the transaction type byte of the pile's record,
 * known to the spec or not (an {@code OTHER} charging type names it, money.md §4.8); null before
 * the record.
 */
public record OrderRowResponse(
    String orderNo,
    String stationName,
    long stationId,
    String phone,
    String pileCode,
    int gun,
    String chargingType,
    Integer transactionTypeCode,
    BigDecimal energy,
    String startedAt,
    String endedAt,
    Long durationMinutes,
    BigDecimal serviceFee,
    BigDecimal electricityFee,
    BigDecimal totalAmount,
    BigDecimal paidAmount,
    BigDecimal arrearsAmount,
    String state,
    String paymentStatus,
    Integer stopReasonCode,
    String stopReason,
    boolean billingDifference,
    BenefitResponse benefit) {

  static OrderRowResponse of(OrderRow row) {
    ChargingOrder o = row.order();
    return new OrderRowResponse(
        o.getOrderNo(),
        row.stationName(),
        o.getStationId(),
        row.phone(),
        o.pileCodeDigits(),
        o.getGun(),
        o.getChargingType().name(),
        o.recordTransactionTypeCode().orElse(null),
        o.getEnergy() == null ? null : o.getEnergy().kwh(),
        display(o.getStartedAt()),
        display(o.getEndedAt()),
        o.getStartedAt() == null || o.getEndedAt() == null
            ? null
            : Duration.between(o.getStartedAt(), o.getEndedAt()).toMinutes(),
        yuan(o.getServiceFee()),
        yuan(o.getElectricityFee()),
        yuan(o.getTotalAmount()),
        yuan(o.getPaidAmount()),
        yuan(o.getArrearsAmount()),
        o.getState().name(),
        o.getPaymentStatus().map(PaymentStatus::name).orElse(null),
        o.stopReasonCode().orElse(null),
        o.stopReasonText().orElse(null),
        o.isBillingDifference(),
        BenefitResponse.of(o));
  }

  static String display(LocalDateTime utc) {
    return utc == null ? null : BusinessCalendar.display(utc);
  }

  static BigDecimal yuan(Money money) {
    return money == null ? null : money.yuan();
  }
}
