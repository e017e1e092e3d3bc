package cn.evpark.parking;

import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.PlateNumbers;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the parking order lists (预约订单 5.3, 占位订单 5.4, 减免订单 5.2 and 减免汇总): 电站, 车牌号 (part of
 * it, as typed: upper-cased), and a range of business days (Asia/Shanghai, both inclusive) of the
 * list's own time (开始时间, 下发时间). Null is no filter.
 */
public record PlateFilter(Long stationId, String plate, LocalDate from, LocalDate to)
    implements Serializable {

  /** No filter. */
  public static final PlateFilter NONE = new PlateFilter(null, null, null, null);

  /**
   * Adds the filter's conditions to a query over an entity with {@code stationId} and {@code plate}
   * fields, its time being {@code time} (e.g. {@code r.bookedAt}); {@link #bind} binds them.
   */
  ScopedQuery applyTo(ScopedQuery query, String alias, String time) {
    if (stationId != null) {
      query.where(alias + ".stationId = :station");
    }
    if (hasPlate()) {
      query.where(alias + ".plate like :plate");
    }
    if (from != null) {
      query.where(time + " >= :from");
    }
    if (to != null) {
      query.where(time + " < :to");
    }
    return query;
  }

  /** Binds what {@link #applyTo} added. */
  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    if (stationId != null) {
      query.setParameter("station", stationId);
    }
    if (hasPlate()) {
      query.setParameter("plate", "%" + PlateNumbers.normalise(plate) + "%");
    }
    if (from != null) {
      query.setParameter("from", BusinessCalendar.dayStart(from));
    }
    if (to != null) {
      query.setParameter("to", BusinessCalendar.dayStart(to.plusDays(1)));
    }
    return query;
  }

  private boolean hasPlate() {
    return plate != null && !plate.isBlank();
  }
}
