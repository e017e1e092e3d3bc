package cn.evpark.api.tariff;

import cn.evpark.tariff.OccupancyCharge;
import cn.evpark.tariff.OccupancyChargeType;
import cn.evpark.tariff.OccupancyRule;
import cn.evpark.tariff.OccupancyTerms;
import java.math.BigDecimal;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of occupancy fee rules. */
public final class OccupancyRuleBodies {

  private OccupancyRuleBodies() {}

  /**
   * How one kind of occupancy is charged: free minutes, then {@code periodFee} per started period
   * of {@code periodMinutes}.
   *
   * @param freeMinutes 免费时长(分钟), 0–1440
   * @param periodMinutes 每 N 分钟, 1–1440
   * @param periodFee X 元, whole fen
   */
  @Schema(name = "OccupancyCharge")
  public record Charge(
      @Schema(example = "15") Integer freeMinutes,
      @Schema(example = "30") Integer periodMinutes,
      @Schema(example = "1.5") BigDecimal periodFee) {

    OccupancyCharge toCharge() {
      return new OccupancyCharge(
          freeMinutes == null ? -1 : freeMinutes,
          periodMinutes == null ? 0 : periodMinutes,
          periodFee);
    }

    static Charge of(OccupancyCharge charge) {
      return new Charge(charge.freeMinutes(), charge.periodMinutes(), charge.periodFee());
    }
  }

  /**
   * An occupancy rule to add, or the new state of one to edit.
   *
   * @param operatorId the owner: required from a platform administrator
   * @param name 占位计费标准名称
   * @param chargeType 占位费收费类型: PREPAID (预付费)
   * @param deposit 预付占位押金, yuan
   * @param withOrder 有充电订单类占位
   * @param withoutOrder 无充电订单类占位
   */
  @Schema(name = "OccupancyRuleRequest")
  public record Request(
      Long operatorId,
      String name,
      @Schema(example = "PREPAID") String chargeType,
      @Schema(example = "10") BigDecimal deposit,
      Charge withOrder,
      Charge withoutOrder) {

    OccupancyChargeType type() {
      return Arrays.stream(OccupancyChargeType.values())
          .filter(t -> t.name().equalsIgnoreCase(chargeType == null ? "" : chargeType.strip()))
          .findFirst()
          .orElse(null);
    }

    OccupancyCharge with() {
      return withOrder == null ? null : withOrder.toCharge();
    }

    OccupancyCharge without() {
      return withoutOrder == null ? null : withoutOrder.toCharge();
    }
  }

  /**
   * An occupancy fee rule.
   *
   * @param id its id
   * @param operatorId its operator
   * @param name 占位计费标准名称
   * @param chargeType PREPAID
   * @param deposit yuan
   * @param withOrder 有充电订单类占位
   * @param withoutOrder 无充电订单类占位
   */
  @Schema(name = "OccupancyRule")
  public record Response(
      long id,
      long operatorId,
      String name,
      String chargeType,
      BigDecimal deposit,
      Charge withOrder,
      Charge withoutOrder) {

    static Response of(OccupancyRule rule) {
      OccupancyTerms terms = rule.terms();
      return new Response(
          rule.getId(),
          rule.getOperator().getId(),
          rule.getName(),
          terms.chargeType().name(),
          terms.deposit(),
          Charge.of(terms.withOrder()),
          Charge.of(terms.withoutOrder()));
    }
  }
}
