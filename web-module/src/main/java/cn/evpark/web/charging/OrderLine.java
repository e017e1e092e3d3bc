package cn.evpark.web.charging;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.OrderRow;
import cn.evpark.charging.PaymentStatus;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * One charging order as the 充电订单 page and its export show it (manual 5.1): plain values, times
 * already in Asia/Shanghai ({@code yyyy-MM-dd HH:mm:ss}), amounts in yuan, energy in kWh. Values
 * the order does not have yet (an order still charging has no bill) are {@code null}, shown empty.
 *
 * @param orderNo 商户订单号
 * @param stationName 电站名称
 * @param phone 手机号, empty when no driver's account paid (offline charging)
 * @param pileCode 充电桩编码, 14 digits
 * @param gun the gun, from 1
 * @param serial 交易流水号, 32 digits
 * @param chargingType 充电类型, the {@code ChargingType} name
 * @param transactionTypeCode the transaction type byte of the pile's record, known to the spec or
 *     not, shown beside an {@code OTHER} type; null before the record
 * @param energy 充电电量, kWh, 4 decimals
 * @param startedAt 充电开始时间
 * @param endedAt 充电结束时间
 * @param settledAt when the order was settled
 * @param durationSeconds 充电时长 in seconds, from the pile's start and end
 * @param serviceFee 服务费, yuan
 * @param electricityFee 电费, yuan
 * @param totalAmount 实收总金额, yuan (after the benefit, if any)
 * @param benefitSaving 优惠金额: what the order's benefit (VIP or 充电活动, money.md §5) saved, yuan; null
 *     without a benefit
 * @param paidAmount what the paying account was debited, yuan
 * @param arrearsAmount what remains owed (欠费), yuan
 * @param state 充电状态, the {@code OrderState} name
 * @param paymentStatus 支付状态, the {@code PaymentStatus} name
 * @param stopReasonCode 结束原因 as the pile's code
 * @param stopReasonText the code's meaning (English, from the protocol's table)
 * @param billingDifference 计费差异: the pile's total differs from the platform's
 * @param failureReason why a start or stop failed
 */
public record OrderLine(
    String orderNo,
    String stationName,
    String phone,
    String pileCode,
    int gun,
    String serial,
    String chargingType,
    Integer transactionTypeCode,
    BigDecimal energy,
    String startedAt,
    String endedAt,
    String settledAt,
    Long durationSeconds,
    BigDecimal serviceFee,
    BigDecimal electricityFee,
    BigDecimal totalAmount,
    BigDecimal benefitSaving,
    BigDecimal paidAmount,
    BigDecimal arrearsAmount,
    String state,
    String paymentStatus,
    Integer stopReasonCode,
    String stopReasonText,
    boolean billingDifference,
    String failureReason)
    implements Serializable {

  /** The line of a row of the domain's search. */
  public static OrderLine of(OrderRow row) {
    ChargingOrder o = row.order();
    return new OrderLine(
        o.getOrderNo(),
        row.stationName(),
        row.phone(),
        o.pileCodeDigits(),
        o.getGun(),
        o.serialDigits(),
        o.getChargingType().name(),
        o.recordTransactionTypeCode().orElse(null),
        kwh(o.getEnergy()),
        BusinessCalendar.display(o.getStartedAt()),
        BusinessCalendar.display(o.getEndedAt()),
        BusinessCalendar.display(o.getSettledAt()),
        o.getStartedAt() == null || o.getEndedAt() == null
            ? null
            : Duration.between(o.getStartedAt(), o.getEndedAt()).toSeconds(),
        yuan(o.getServiceFee()),
        yuan(o.getElectricityFee()),
        yuan(o.getTotalAmount()),
        o.getBenefitSaving().map(Money::yuan).orElse(null),
        yuan(o.getPaidAmount()),
        yuan(o.getArrearsAmount()),
        o.getState().name(),
        o.getPaymentStatus().map(PaymentStatus::name).orElse(null),
        o.stopReasonCode().orElse(null),
        o.stopReasonText().orElse(null),
        o.isBillingDifference(),
        o.getFailureReason().orElse(null));
  }

  private static BigDecimal yuan(Money money) {
    return money == null ? null : money.yuan();
  }

  private static BigDecimal kwh(Energy energy) {
    return energy == null ? null : energy.kwh();
  }
}
