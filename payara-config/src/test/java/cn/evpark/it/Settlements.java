package cn.evpark.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test database holds of settlement (money.md §4), read as rows for a test to compare with
 * what its piles sent. Records and orders are named by their key {@code <pile code>:<transaction
 * serial>}; amounts are yuan.
 */
public final class Settlements {

  private Settlements() {}

  /**
   * A stored transaction record: whether it was settled, how many copies the platform took.
   *
   * @param receivedAt when its first copy was stored, UTC
   */
  public record StoredRecord(String key, boolean settled, int copies, LocalDateTime receivedAt) {}

  /**
   * A charging order and its money.
   *
   * @param driverId 0 for a session no driver started (offline)
   * @param state the order's state name, e.g. {@code SETTLED}
   * @param total null until settled, as {@code paid} and {@code arrears}
   */
  public record Order(
      String key,
      long driverId,
      String state,
      BigDecimal total,
      BigDecimal paid,
      BigDecimal arrears) {}

  /**
   * A settlement's ledger transaction.
   *
   * @param idempotencyKey {@code settlement:<pile code>:<transaction serial>}
   * @param debited the sum of its negative entries (what the driver's accounts gave), ≤ 0
   */
  public record Posting(String idempotencyKey, BigDecimal debited) {}

  /** Every stored transaction record, in the order stored. */
  public static List<StoredRecord> records(MicroEnvironment.Settings micro) throws Exception {
    return rows(
        micro,
        "SELECT CONCAT(pile_code, ':', transaction_serial), settled, copies_received,"
            + " received_at FROM pile_transaction_record ORDER BY id",
        row ->
            new StoredRecord(
                row.getString(1),
                row.getBoolean(2),
                row.getInt(3),
                row.getObject(4, LocalDateTime.class)));
  }

  /** Every charging order, oldest first. */
  public static List<Order> orders(MicroEnvironment.Settings micro) throws Exception {
    return rows(
        micro,
        "SELECT CONCAT(pile_code, ':', transaction_serial), COALESCE(driver_id, 0), state,"
            + " total_amount, paid_amount, arrears_amount FROM charging_order ORDER BY id",
        row ->
            new Order(
                row.getString(1),
                row.getLong(2),
                row.getString(3),
                row.getBigDecimal(4),
                row.getBigDecimal(5),
                row.getBigDecimal(6)));
  }

  /** Every ledger transaction of a charging settlement, oldest first. */
  public static List<Posting> postings(MicroEnvironment.Settings micro) throws Exception {
    return rows(
        micro,
        "SELECT t.idempotency_key, COALESCE(SUM(CASE WHEN e.amount < 0 THEN e.amount END), 0)"
            + " FROM ledger_transaction t LEFT JOIN ledger_entry e ON e.transaction_id = t.id"
            + " WHERE t.kind = 'CHARGING_SETTLEMENT' GROUP BY t.id, t.idempotency_key"
            + " ORDER BY t.id",
        row -> new Posting(row.getString(1), row.getBigDecimal(2)));
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private static <T> List<T> rows(MicroEnvironment.Settings micro, String sql, RowReader<T> reader)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    try (Connection db = micro.connect();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      while (row.next()) {
        rows.add(reader.read(row));
      }
    }
    return rows;
  }
}
