package cn.evpark.charging;

import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves one batch of pending orders (never tallied, or tallied in another state than theirs now)
 * into their cell of {@code charging_order_tally} (operator, business day of the start, charging
 * type, state), out of the cell they were tallied in, and records the state and start they are
 * tallied with, in one transaction of its own that locks those orders: a count reading both tables
 * in one statement sees each order exactly once. It skips orders another transaction has locked (a
 * settlement under way): it never waits for one, so it never deadlocks with one either.
 */
@Stateless
public class OrderTallyBatch {

  /** One cell of the tally. */
  record Cell(long operatorId, LocalDate businessDay, String chargingType, String state) {}

  @PersistenceContext EntityManager em;

  /**
   * Tallies up to {@code limit} pending orders created before {@code createdBefore} (UTC): younger
   * ones change state within minutes, and are counted as they are meanwhile.
   *
   * @return how many it tallied; fewer than {@code limit} when none are left
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int tallyNext(int limit, LocalDateTime createdBefore) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.id, o.operator_id, o.charging_type, o.state, o.started_at,"
                    + " o.tallied_state, o.tallied_started_at FROM charging_order o"
                    + " WHERE o.tally_pending = TRUE AND o.started_at IS NOT NULL"
                    + " AND o.created_at < ? LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, createdBefore)
            .setParameter(2, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<Object> ids = new ArrayList<>();
    Map<Cell, Long> deltas = new LinkedHashMap<>();
    for (Object[] row : rows) {
      ids.add(((Number) row[0]).longValue());
      long operatorId = ((Number) row[1]).longValue();
      String type = (String) row[2];
      deltas.merge(new Cell(operatorId, day(row[4]), type, (String) row[3]), 1L, Long::sum);
      if (row[5] != null) {
        deltas.merge(new Cell(operatorId, day(row[6]), type, (String) row[5]), -1L, Long::sum);
      }
    }
    int marked =
        bind(
                em.createNativeQuery(
                    "UPDATE charging_order SET tallied_state = state,"
                        + " tallied_started_at = started_at WHERE id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?"))
                        + ")"),
                ids)
            .executeUpdate();
    if (marked != ids.size()) {
      throw new IllegalStateException("tallied " + marked + " of " + ids.size() + " orders");
    }
    deltas.forEach(
        (cell, delta) -> {
          if (delta != 0) {
            add(cell, delta);
          }
        });
    return ids.size();
  }

  private void add(Cell cell, long delta) {
    List<Object> key =
        List.of(cell.operatorId(), cell.businessDay(), cell.chargingType(), cell.state());
    List<Object> update = new ArrayList<>(List.of(delta));
    update.addAll(key);
    int updated =
        bind(
                em.createNativeQuery(
                    "UPDATE charging_order_tally SET orders = orders + ? WHERE operator_id = ?"
                        + " AND business_day = ? AND charging_type = ? AND state = ?"),
                update)
            .executeUpdate();
    if (updated == 0) {
      List<Object> insert = new ArrayList<>(key);
      insert.add(delta);
      bind(
              em.createNativeQuery(
                  "INSERT INTO charging_order_tally (operator_id, business_day, charging_type,"
                      + " state, orders) VALUES (?, ?, ?, ?, ?)"),
              insert)
          .executeUpdate();
    }
  }

  private static Query bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }

  /** The business day (Asia/Shanghai) of a stored UTC time. */
  private static LocalDate day(Object stored) {
    LocalDateTime utc =
        stored instanceof Timestamp timestamp
            ? timestamp.toLocalDateTime()
            : (LocalDateTime) stored;
    return BusinessCalendar.toLocal(utc).toLocalDate();
  }
}
