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
 * Adds one batch of settled, untallied orders to {@code charging_order_tally} (per operator,
 * business day of the start and charging type) and marks them tallied, in one transaction of its
 * own: a count reading both tables in one statement sees each settled order exactly once.
 */
@Stateless
public class OrderTallyBatch {

  /** One cell of the tally. */
  record Cell(long operatorId, LocalDate businessDay, String chargingType) {}

  @PersistenceContext EntityManager em;

  /**
   * Tallies up to {@code limit} settled orders not tallied yet.
   *
   * @return how many it tallied; fewer than {@code limit} when none are left
   * @throws IllegalStateException when another instance tallied some of them at the same time (this
   *     batch rolls back; the next run takes the rest)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int tallyNext(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.id, o.operator_id, o.started_at, o.charging_type FROM charging_order o"
                    + " WHERE o.tallied = FALSE AND o.state = 'SETTLED'"
                    + " AND o.started_at IS NOT NULL LIMIT ?")
            .setParameter(1, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<Object> ids = new ArrayList<>();
    Map<Cell, Long> cells = new LinkedHashMap<>();
    for (Object[] row : rows) {
      ids.add(((Number) row[0]).longValue());
      LocalDate day = BusinessCalendar.toLocal(dateTime(row[2])).toLocalDate();
      cells.merge(new Cell(((Number) row[1]).longValue(), day, (String) row[3]), 1L, Long::sum);
    }
    int marked =
        bind(
                em.createNativeQuery(
                    "UPDATE charging_order SET tallied = TRUE WHERE tallied = FALSE"
                        + " AND state = 'SETTLED' AND id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?"))
                        + ")"),
                ids)
            .executeUpdate();
    if (marked != ids.size()) {
      throw new IllegalStateException(
          "tallied " + marked + " of " + ids.size() + " orders: another instance took the rest");
    }
    cells.forEach(this::add);
    return ids.size();
  }

  private void add(Cell cell, long orders) {
    List<Object> key = List.of(cell.operatorId(), cell.businessDay(), cell.chargingType());
    List<Object> update = new ArrayList<>(List.of(orders));
    update.addAll(key);
    int updated =
        bind(
                em.createNativeQuery(
                    "UPDATE charging_order_tally SET orders = orders + ? WHERE operator_id = ?"
                        + " AND business_day = ? AND charging_type = ?"),
                update)
            .executeUpdate();
    if (updated == 0) {
      List<Object> insert = new ArrayList<>(key);
      insert.add(orders);
      bind(
              em.createNativeQuery(
                  "INSERT INTO charging_order_tally (operator_id, business_day, charging_type,"
                      + " orders) VALUES (?, ?, ?, ?)"),
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

  private static LocalDateTime dateTime(Object value) {
    return value instanceof Timestamp timestamp
        ? timestamp.toLocalDateTime()
        : (LocalDateTime) value;
  }
}
