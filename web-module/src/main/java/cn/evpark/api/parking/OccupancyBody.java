package cn.evpark.api.parking;

import cn.evpark.parking.OccupancyRow;
import cn.evpark.shared.BusinessCalendar;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stay (占位订单, manual 5.4) as the APIs give it: times ISO-8601 in Asia/Shanghai, amounts yuan,
 * null for what it does not know yet (a fee before it settled, a session it has none of).
 *
 * @param settlement 结算状态: UNSETTLED, NO_FEE, PAID or OWING (described here, not by a schema
 *     annotation: the OpenAPI reader takes an annotated accessor named {@code set…} for a setter)
 */
@Schema(name = "OccupancyOrder")
public record OccupancyBody(
    String orderNo,
    String plate,
    String stationName,
    String bayNumber,
    String chargingOrderNo,
    String chargingOrderState,
    @Schema(description = "OCCUPYING, LEFT, WAITING_FOR_STAFF or SETTLED") String state,
    String settlement,
    @Schema(description = "WITH_CHARGING_ORDER or WITHOUT_CHARGING_ORDER, once settled")
        String kind,
    String chargingStartedAt,
    String chargingEndedAt,
    String enteredAt,
    String leftAt,
    Integer freeMinutes,
    Long occupiedMinutes,
    BigDecimal fee,
    BigDecimal deposit,
    BigDecimal refund,
    BigDecimal arrears,
    BigDecimal offlineCollected,
    BigDecimal received,
    BigDecimal unpaid) {

  public static OccupancyBody of(OccupancyRow row) {
    return new OccupancyBody(
        row.orderNo(),
        row.plate(),
        row.stationName(),
        row.bayNumber(),
        row.chargingOrderNo(),
        row.chargingOrderState(),
        row.state().name(),
        row.settlement().name(),
        row.kind() == null ? null : row.kind().name(),
        BusinessCalendar.isoLocal(row.chargingStartedAt()),
        BusinessCalendar.isoLocal(row.chargingEndedAt()),
        BusinessCalendar.isoLocal(row.enteredAt()),
        BusinessCalendar.isoLocal(row.leftAt()),
        row.freeMinutes(),
        row.occupiedMinutes(),
        row.fee(),
        row.deposit(),
        row.refund(),
        row.arrears(),
        row.offlineCollected(),
        row.received(),
        row.unpaid());
  }
}
