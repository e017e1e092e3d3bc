package cn.evpark.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for rows a test writes with SQL into a table whose ids the platform takes from {@code
 * id_sequence} (charging orders, ledger transactions and entries): reserved there, as the
 * platform's table generator reserves its own, so a test's rows never take an id the running
 * platform will hand out. They are above the block of ids the platform holds now, so they may sort
 * above orders it makes later from that block: a test does not assume its orders are the newest.
 */
public final class IdSequence {

  private IdSequence() {}

  /**
   * Reserves {@code count} ids of {@code sequence} at once.
   *
   * @return the first of them; the others follow it
   * @throws SQLException when the sequence has no row
   */
  public static long reserve(Connection db, String sequence, int count) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + ?) WHERE name = ?")) {
      update.setInt(1, count);
      update.setString(2, sequence);
      if (update.executeUpdate() != 1) {
        throw new SQLException("no id_sequence row " + sequence);
      }
    }
    try (Statement query = db.createStatement();
        ResultSet row = query.executeQuery("SELECT LAST_INSERT_ID()")) {
      row.next();
      return row.getLong(1) - count + 1;
    }
  }

  /** One id of {@code sequence}. */
  public static long next(Connection db, String sequence) throws SQLException {
    return reserve(db, sequence, 1);
  }
}
