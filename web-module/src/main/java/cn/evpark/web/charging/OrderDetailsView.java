package cn.evpark.web.charging;

import cn.evpark.charging.OrderDetails;
import cn.evpark.charging.OrderTier;
import cn.evpark.charging.StaffSettlement;
import cn.evpark.charging.StaffSettlementFigures;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.TierCharge;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What 详情 of the 充电订单 page shows (manual 5.1): the order, its price lines, its ledger lines, the
 * 0x3B frame as hex and, when staff settled it (异常结算, money.md §3), the audit line. Plain values:
 * times in Asia/Shanghai, yuan, kWh.
 *
 * @param staffSettlement null unless staff settled the order
 */
public record OrderDetailsView(
    OrderLine order,
    List<TierLine> tiers,
    List<LedgerLine> ledger,
    String recordHex,
    AuditLine staffSettlement,
    BenefitLine benefit)
    implements Serializable {

  /**
   * The benefit the order was settled with (money.md §5): {@code VIP} or {@code ACTIVITY}, its
   * name, and what it saved in yuan.
   */
  public record BenefitLine(String source, String name, BigDecimal saving)
      implements Serializable {}

  /** One price line of an order: 尖/峰/平/谷 (the rate type's name), kWh, yuan per kWh, yuan. */
  public record TierLine(
      String rateType,
      BigDecimal energy,
      BigDecimal electricityPrice,
      BigDecimal servicePrice,
      BigDecimal electricityFee,
      BigDecimal serviceFee)
      implements Serializable {}

  /**
   * One ledger entry of the settlement: the account kind, yuan (credits positive), balance after.
   */
  public record LedgerLine(String account, BigDecimal amount, BigDecimal balanceAfter)
      implements Serializable {}

  /**
   * Who settled the abnormal order, when, why and from what: the real-time frames (how many, first
   * and last), kWh, the pile's running amount and the total (yuan); the pile's record if it came
   * afterwards: kWh and what it would have billed (yuan), and whether that differs.
   */
  public record AuditLine(
      String settledBy,
      String settledAt,
      String reason,
      int frames,
      String firstFrameAt,
      String lastFrameAt,
      BigDecimal energy,
      BigDecimal pileAmount,
      BigDecimal totalAmount,
      BigDecimal lateRecordEnergy,
      BigDecimal lateRecordTotal,
      boolean differsFromLateRecord)
      implements Serializable {

    static AuditLine of(StaffSettlement audit) {
      return new AuditLine(
          audit.getSettledBy(),
          BusinessCalendar.display(audit.getSettledAt()),
          audit.getReason(),
          audit.getFrames(),
          BusinessCalendar.display(audit.getFirstFrameAt()),
          BusinessCalendar.display(audit.getLastFrameAt()),
          audit.getEnergy().kwh(),
          audit.getPileAmount(),
          audit.getTotalAmount().yuan(),
          audit.getRecordEnergy().map(Energy::kwh).orElse(null),
          audit.getRecordTotal().map(Money::yuan).orElse(null),
          audit.differsFromRecord());
    }
  }

  /**
   * What 异常结算 will use and come to, shown before staff confirm: the real-time frames (how many,
   * first and last), the price lines, kWh, the pile's running amount, 电费, 服务费, total, what the
   * account pays and what stays owed (yuan).
   */
  public record FiguresLine(
      int frames,
      String firstFrameAt,
      String lastFrameAt,
      List<TierLine> tiers,
      BigDecimal energy,
      BigDecimal pileAmount,
      BigDecimal electricityFee,
      BigDecimal serviceFee,
      BigDecimal totalAmount,
      BigDecimal paidAmount,
      BigDecimal arrearsAmount)
      implements Serializable {

    static FiguresLine of(StaffSettlementFigures figures) {
      return new FiguresLine(
          figures.frames(),
          BusinessCalendar.display(figures.firstFrameAt()),
          BusinessCalendar.display(figures.lastFrameAt()),
          figures.amounts().tiers().stream().map(OrderDetailsView::tier).toList(),
          figures.energy().kwh(),
          figures.pileAmount(),
          figures.amounts().electricity().yuan(),
          figures.amounts().service().yuan(),
          figures.amounts().total().yuan(),
          figures.amounts().paid().yuan(),
          figures.amounts().arrears().yuan());
    }
  }

  /** The view of the domain's details. */
  static OrderDetailsView of(OrderDetails found) {
    return new OrderDetailsView(
        OrderLine.of(found.row()),
        found.row().order().getTiers().stream().map(OrderDetailsView::tier).toList(),
        found.ledger().stream()
            .map(
                l -> new LedgerLine(l.account().name(), l.amount().yuan(), l.balanceAfter().yuan()))
            .toList(),
        found.recordHex().orElse(null),
        found.staffSettlement().map(AuditLine::of).orElse(null),
        found
            .row()
            .order()
            .getBenefitSource()
            .map(
                source ->
                    new BenefitLine(
                        source.name(),
                        found.row().order().getBenefitName().orElse(""),
                        found.row().order().getBenefitSaving().map(Money::yuan).orElse(null)))
            .orElse(null));
  }

  private static TierLine tier(OrderTier t) {
    return new TierLine(
        t.getRateType().name(),
        t.getEnergy().kwh(),
        t.getElectricityPrice(),
        t.getServicePrice(),
        t.getElectricityFee().yuan(),
        t.getServiceFee().yuan());
  }

  private static TierLine tier(TierCharge t) {
    return new TierLine(
        t.rateType().name(),
        t.energy().kwh(),
        t.prices().electricity().yuan(),
        t.prices().service().yuan(),
        t.electricity().yuan(),
        t.service().yuan());
  }
}
