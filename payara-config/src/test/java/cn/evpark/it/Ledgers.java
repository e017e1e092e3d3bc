package cn.evpark.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Checks of money.md §2 on the test class's database. */
public final class Ledgers {

  private Ledgers() {}

  /** Every account's balance is the sum of its entries, and every transaction sums to zero. */
  public static boolean balancesMatchEntries() throws Exception {
    return balancesMatchEntries(MicroEnvironment.settings());
  }

  /** The same checks on the database of a Micro the test started itself ({@link MicroProcess}). */
  public static boolean balancesMatchEntries(MicroEnvironment.Settings micro) throws Exception {
    try (Connection db = micro.connect();
        Statement query = db.createStatement()) {
      long accountsOff =
          single(
              query,
              "SELECT COUNT(*) FROM ledger_account a WHERE a.balance <>"
                  + " (SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e"
                  + " WHERE e.account_id = a.id)");
      long unbalanced =
          single(
              query,
              "SELECT COUNT(*) FROM (SELECT transaction_id FROM ledger_entry"
                  + " GROUP BY transaction_id HAVING SUM(amount) <> 0) t");
      return accountsOff == 0 && unbalanced == 0;
    }
  }

  /** The first column of the one row {@code sql} answers. */
  public static long single(Statement query, String sql) throws Exception {
    try (ResultSet row = query.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
