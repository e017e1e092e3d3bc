package cn.evpark.api.driver;

import cn.evpark.api.charging.BenefitResponse;
import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.OrderView;
import cn.evpark.charging.PaymentStatus;
import cn.evpark.pile.SessionProgress;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import java.math.BigDecimal;

/**
 * A charging order as a driver sees it: times in Asia/Shanghai ({@code yyyy-MM-dd HH:mm:ss}),
 * energy in kWh, money in yuan. While the session is under way, {@code live} has the pile's latest
 * figures; once settled, the amounts are the receipt.
 */
public record OrderResponse(
    String orderNo,
    String state,
    String paymentStatus,
    String pileCode,
    int gun,
    String transactionSerial,
    String startedAt,
    String endedAt,
    BigDecimal energy,
    BigDecimal electricityFee,
    BigDecimal serviceFee,
    BigDecimal totalAmount,
    BigDecimal paidAmount,
    BigDecimal arrearsAmount,
    Integer stopReasonCode,
    String stopReason,
    String failureReason,
    Live live,
    BenefitResponse benefit) {

  /** The session so far: kWh, yuan by the pile's billing, SOC per cent, minutes. */
  public record Live(BigDecimal energy, BigDecimal amount, int soc, int chargingMinutes) {
    static Live of(SessionProgress progress) {
      return new Live(
          progress.energy(), progress.amount(), progress.soc(), progress.chargingMinutes());
    }
  }

  static OrderResponse of(OrderView view) {
    ChargingOrder o = view.order();
    return new OrderResponse(
        o.getOrderNo(),
        o.getState().name(),
        o.getPaymentStatus().map(PaymentStatus::name).orElse(null),
        o.pileCodeDigits(),
        o.getGun(),
        o.serialDigits(),
        display(o.getStartedAt()),
        display(o.getEndedAt()),
        o.getEnergy() == null ? null : o.getEnergy().kwh(),
        yuan(o.getElectricityFee()),
        yuan(o.getServiceFee()),
        yuan(o.getTotalAmount()),
        yuan(o.getPaidAmount()),
        yuan(o.getArrearsAmount()),
        o.stopReasonCode().orElse(null),
        o.stopReasonText().orElse(null),
        o.getFailureReason().orElse(null),
        view.progress().map(Live::of).orElse(null),
        BenefitResponse.of(o));
  }

  private static String display(java.time.LocalDateTime utc) {
    return utc == null ? null : BusinessCalendar.display(utc);
  }

  private static BigDecimal yuan(Money money) {
    return money == null ? null : money.yuan();
  }
}
