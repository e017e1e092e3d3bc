package cn.evpark.parking;

import cn.evpark.tariff.OccupancyKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of 占位订单 (manual 5.4, {@code parking.md §3}). Times Asia/Shanghai, amounts yuan; what a
 * stay does not know yet (its fee before settlement, a session it has none of) is null.
 *
 * @param chargingOrderNo 充电订单编号 of the stay's session
 * @param chargingOrderState 充电订单状态: the session's {@code charging.OrderState} name
 * @param state 订单状态
 * @param settlement 结算状态
 * @param freeMinutes 充电结束免费时长(分钟) (or, without a session, the free minutes after entry)
 * @param occupiedMinutes 占位时长(分钟)
 * @param fee 应收占位费
 * @param offlineCollected 线下收取金额
 * @param received 实收占位费: the fee less what is still owed of it
 * @param deposit the deposit the stay took, refund what went back of it, arrears what it did not
 *     cover, unpaid what of that is still owed
 */
public record OccupancyRow(
    long id,
    String orderNo,
    String plate,
    String stationName,
    String bayNumber,
    String chargingOrderNo,
    String chargingOrderState,
    OccupancyState state,
    Settlement settlement,
    OccupancyKind kind,
    LocalDateTime chargingStartedAt,
    LocalDateTime chargingEndedAt,
    LocalDateTime enteredAt,
    Long entryEventId,
    boolean entryPhoto,
    LocalDateTime leftAt,
    Long exitEventId,
    boolean exitPhoto,
    Integer freeMinutes,
    Long occupiedMinutes,
    BigDecimal fee,
    BigDecimal offlineCollected,
    BigDecimal received,
    BigDecimal deposit,
    BigDecimal refund,
    BigDecimal arrears,
    BigDecimal unpaid)
    implements Serializable {

  /** 结算状态 of a stay. */
  public enum Settlement {
    /** 未结算. */
    UNSETTLED,
    /** 无费用: within the free minutes, or no fee in effect. */
    NO_FEE,
    /** 已结清: the fee is paid whole. */
    PAID,
    /** 欠费: some of the fee is still owed. */
    OWING
  }

  /** Whether staff may record money collected offline for it: something is still owed. */
  public boolean collectable() {
    return unpaid != null && unpaid.signum() > 0;
  }

  /** Whether staff may settle it with a departure they saw: it has none yet. */
  public boolean awaitsDeparture() {
    return state == OccupancyState.OCCUPYING || state == OccupancyState.WAITING_FOR_STAFF;
  }
}
