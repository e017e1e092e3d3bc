package cn.evpark.charging;

import cn.evpark.operator.Scope;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.protocol.PileCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL conditions one search of the 充电订单 list puts on {@code charging_order o} (and on {@code
 * charging_order_tally t}): the caller's operator scope first, then each filter given. Values are
 * bound as positional parameters, never written into the SQL.
 *
 * <p>The start-time range is by business day (Asia/Shanghai): {@code from} 00:00 inclusive to the
 * day after {@code to} 00:00 exclusive, in stored UTC; the tally keeps the same business day.
 */
final class OrderConditions {

  private final Long operatorId;
  private final Long stationId;
  private final ChargingType chargingType;
  private final Long driverId;
  private final LocalDate from;
  private final LocalDate to;
  private final OrderState state;
  private final String pileCode;
  private final String orderNo;

  private OrderConditions(Scope scope, OrderFilter f, Long driverId) {
    this.operatorId = scope.operatorId().orElse(null);
    this.stationId = f.stationId();
    this.chargingType = f.chargingType();
    this.driverId = driverId;
    this.from = f.from();
    this.to = f.to();
    this.state = f.state();
    this.pileCode = blank(f.pileCode()) ? null : pileCode(f.pileCode()).value();
    this.orderNo = blank(f.orderNo()) ? null : f.orderNo().strip();
  }

  /**
   * The conditions of {@code filter} within {@code scope}; empty when no order can match (a phone
   * given that no driver has).
   *
   * @param driverId the driver with the filter's phone, if any
   */
  static Optional<OrderConditions> of(Scope scope, OrderFilter filter, Optional<Long> driverId) {
    if (!blank(filter.phone()) && driverId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OrderConditions(scope, filter, driverId.orElse(null)));
  }

  /**
   * Whether the tally (operator, business day, charging type, state) can count for this search: no
   * filter by station, driver, pile or order number, which select few orders anyway.
   */
  boolean countedByTally() {
    return stationId == null && driverId == null && pileCode == null && orderNo == null;
  }

  /**
   * Whether the search ends its start range: then its matches usually sit amid the orders by id,
   * and reading the range's own index, then sorting the ids, beats reading every newer order by id
   * until enough match.
   */
  boolean endsItsRange() {
    return to != null;
  }

  /** {@code o.…} conditions joined by AND, adding their values to {@code params}. */
  String where(List<Object> params) {
    return where(params, "o.state", "o.started_at");
  }

  /**
   * The same conditions on the state and start an order was tallied with ({@code o.tallied_state},
   * {@code o.tallied_started_at}).
   */
  String whereAsTallied(List<Object> params) {
    return where(params, "o.tallied_state", "o.tallied_started_at");
  }

  private String where(List<Object> params, String stateColumn, String startColumn) {
    List<String> all = new ArrayList<>();
    all.add(operatorId == null ? "1 = 1" : bind("o.operator_id = ?", operatorId, params));
    if (stationId != null) {
      all.add(bind("o.station_id = ?", stationId, params));
    }
    if (chargingType != null) {
      all.add(bind("o.charging_type = ?", chargingType.name(), params));
    }
    if (driverId != null) {
      all.add(bind("o.driver_id = ?", driverId, params));
    }
    if (from != null) {
      all.add(bind(startColumn + " >= ?", startOf(from), params));
    }
    if (to != null) {
      all.add(bind(startColumn + " < ?", startOf(to.plusDays(1)), params));
    }
    if (state != null) {
      all.add(bind(stateColumn + " = ?", state.name(), params));
    }
    if (pileCode != null) {
      all.add(bind("o.pile_code = ?", pileCode, params));
    }
    if (orderNo != null) {
      all.add(bind("o.order_no = ?", orderNo, params));
    }
    return String.join(" AND ", all);
  }

  /**
   * {@code t.…} conditions of the tally joined by AND, adding their values to {@code params}; only
   * for a search {@link #countedByTally() the tally can count}.
   */
  String tallyWhere(List<Object> params) {
    List<String> all = new ArrayList<>();
    all.add(operatorId == null ? "1 = 1" : bind("t.operator_id = ?", operatorId, params));
    if (chargingType != null) {
      all.add(bind("t.charging_type = ?", chargingType.name(), params));
    }
    if (from != null) {
      all.add(bind("t.business_day >= ?", from, params));
    }
    if (to != null) {
      all.add(bind("t.business_day <= ?", to, params));
    }
    if (state != null) {
      all.add(bind("t.state = ?", state.name(), params));
    }
    return String.join(" AND ", all);
  }

  private static String bind(String condition, Object value, List<Object> params) {
    params.add(value);
    return condition;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static PileCode pileCode(String code) {
    try {
      return PileCode.of(code.strip());
    } catch (IllegalArgumentException e) {
      // not a pile code: matches no order
      return PileCode.of("0".repeat(14));
    }
  }

  private static LocalDateTime startOf(LocalDate day) {
    return BusinessCalendar.toStored(day.atStartOfDay(BusinessCalendar.ZONE).toInstant());
  }
}
