package cn.evpark.api.tariff;

import cn.evpark.tariff.ReservationRule;
import cn.evpark.tariff.ReservationTier;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of reservation fee rules. */
public final class ReservationRuleBodies {

  private ReservationRuleBodies() {}

  /**
   * One tier: how long the bay stays locked and what that costs.
   *
   * @param minutes 可预约时长(分钟), 1–1440
   * @param fee 预约费用(元), whole fen
   */
  @Schema(name = "ReservationTier")
  public record Tier(
      @Schema(example = "60") Integer minutes, @Schema(example = "5") BigDecimal fee) {

    ReservationTier toTier() {
      return new ReservationTier(minutes == null ? 0 : minutes, fee);
    }
  }

  /**
   * A reservation rule to add, or the new state of one to edit.
   *
   * @param operatorId the owner: required from a platform administrator
   * @param name 预约规则名称
   * @param dailyLimit 同一车主单日预约次数限制, 1–99
   * @param tiers 收费标准
   */
  @Schema(name = "ReservationRuleRequest")
  public record Request(Long operatorId, String name, Integer dailyLimit, List<Tier> tiers) {

    List<ReservationTier> toTiers() {
      return tiers == null
          ? List.of()
          : tiers.stream().map(t -> t == null ? null : t.toTier()).toList();
    }
  }

  /**
   * A reservation fee rule.
   *
   * @param id its id
   * @param operatorId its operator
   * @param name 预约规则名称
   * @param dailyLimit bookings per driver per day
   * @param tiers the durations on offer, shortest first
   */
  @Schema(name = "ReservationRule")
  public record Response(long id, long operatorId, String name, int dailyLimit, List<Tier> tiers) {

    static Response of(ReservationRule rule) {
      return new Response(
          rule.getId(),
          rule.getOperator().getId(),
          rule.getName(),
          rule.terms().dailyLimit(),
          rule.terms().tiers().stream().map(t -> new Tier(t.minutes(), t.fee())).toList());
    }
  }
}
