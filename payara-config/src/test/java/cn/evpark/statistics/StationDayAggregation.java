package cn.evpark.statistics;

import cn.evpark.it.MicroEnvironment;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The daily-station-statistics job's rows and the same figures by an independent SQL aggregation
 * (money.md §7), both as sorted lines "station day received kWh electricity service fee commission"
 * at the report's scales (yuan 2, kWh 4), for tests that compare them.
 */
final class StationDayAggregation {

  private StationDayAggregation() {}

  /** The job's rows of the days: "station day received kWh electricity service fee commission". */
  static List<String> jobRows(MicroEnvironment.Settings db, LocalDate first, int days)
      throws Exception {
    return rows(
        db,
        "SELECT station_id, business_date, received, energy, electricity_fee, service_fee,"
            + " channel_fee, platform_commission FROM station_day_statistics"
            + " WHERE business_date BETWEEN '"
            + first
            + "' AND '"
            + first.plusDays(days - 1)
            + "'");
  }

  /** The job's rows of the days at the stations only (the job writes one for every station). */
  static List<String> jobRows(
      MicroEnvironment.Settings db, LocalDate first, int days, List<Long> stations)
      throws Exception {
    return rows(
        db,
        "SELECT station_id, business_date, received, energy, electricity_fee, service_fee,"
            + " channel_fee, platform_commission FROM station_day_statistics"
            + " WHERE business_date BETWEEN '"
            + first
            + "' AND '"
            + first.plusDays(days - 1)
            + "' AND station_id IN ("
            + stations.toString().replaceAll("[\\[\\] ]", "")
            + ")");
  }

  /**
   * The same figures by one SQL statement written from money.md §7 alone: days by UTC+8, arrears
   * payments laid over the driver's arrears oldest first with window sums, rates applied with
   * ROUND(…, 2) per station and day.
   */
  static List<String> independent(
      MicroEnvironment.Settings db, LocalDate first, int days, List<Long> stations)
      throws Exception {
    StringBuilder dayList = new StringBuilder();
    for (int d = 0; d < days; d++) {
      dayList
          .append(d == 0 ? "" : " UNION ALL ")
          .append("SELECT DATE '")
          .append(first.plusDays(d))
          .append("' AS day");
    }
    String ids = stations.toString().replaceAll("[\\[\\] ]", "");
    String cumulativeOwed =
        "SUM(o.arrears_amount) OVER (PARTITION BY o.operator_id, o.driver_id"
            + " ORDER BY o.settled_at, o.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)";
    String cumulativePaid =
        "SUM(e.amount) OVER (PARTITION BY a.id ORDER BY t.posted_at, t.id"
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)";
    return rows(
        db,
        "WITH days AS ("
            + dayList
            + "),"
            + " sums AS (SELECT o.station_id,"
            + "   DATE(DATE_ADD(o.ended_at, INTERVAL 8 HOUR)) AS day,"
            + "   SUM(o.energy) AS energy, SUM(o.electricity_fee) AS ef, SUM(o.service_fee) AS sf,"
            + "   SUM(o.paid_amount) AS paid,"
            + "   SUM(IF(a.kind = 'WALLET', o.paid_amount, 0)) AS wallet"
            + "   FROM charging_order o LEFT JOIN ledger_account a ON a.id = o.account_id"
            + "   WHERE o.state = 'SETTLED' GROUP BY 1, 2),"
            + " owed AS (SELECT o.station_id, o.operator_id, o.driver_id,"
            + "   "
            + cumulativeOwed
            + " - o.arrears_amount AS s, "
            + cumulativeOwed
            + " AS e"
            + "   FROM charging_order o WHERE o.state = 'SETTLED' AND o.arrears_amount > 0),"
            + " paid AS (SELECT a.operator_id, a.holder_id AS driver_id,"
            + "   DATE(DATE_ADD(t.posted_at, INTERVAL 8 HOUR)) AS day,"
            + "   "
            + cumulativePaid
            + " - e.amount AS s, "
            + cumulativePaid
            + " AS e"
            + "   FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id"
            + "   JOIN ledger_account a ON a.id = e.account_id"
            + "   WHERE t.kind = 'ARREARS_PAYMENT' AND a.kind = 'ARREARS'),"
            + " arrears AS (SELECT w.station_id, p.day,"
            + "   SUM(GREATEST(0, LEAST(w.e, p.e) - GREATEST(w.s, p.s))) AS amount"
            + "   FROM owed w JOIN paid p ON p.operator_id = w.operator_id"
            + "   AND p.driver_id = w.driver_id GROUP BY 1, 2)"
            + " SELECT st.id, d.day,"
            + "   COALESCE(x.paid, 0) + COALESCE(r.amount, 0),"
            + "   COALESCE(x.energy, 0), COALESCE(x.ef, 0), COALESCE(x.sf, 0),"
            + "   ROUND((COALESCE(x.wallet, 0) + COALESCE(r.amount, 0))"
            + "     * st.payment_fee_percent / 100, 2),"
            + "   ROUND(COALESCE(x.sf, 0) * op.platform_commission_percent / 100, 2)"
            + " FROM station st JOIN operator op ON op.id = st.operator_id CROSS JOIN days d"
            + " LEFT JOIN sums x ON x.station_id = st.id AND x.day = d.day"
            + " LEFT JOIN arrears r ON r.station_id = st.id AND r.day = d.day"
            + " WHERE st.id IN ("
            + ids
            + ")");
  }

  /** Rows as sorted lines of their figures at the report's scales (yuan 2, kWh 4). */
  static List<String> rows(MicroEnvironment.Settings db, String sql) throws Exception {
    TreeSet<String> lines = new TreeSet<>();
    try (Connection connection = db.connect();
        Statement query = connection.createStatement();
        ResultSet rs = query.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder line =
            new StringBuilder().append(rs.getLong(1)).append(' ').append(rs.getDate(2));
        for (int c = 3; c <= 8; c++) {
          line.append(' ')
              .append(rs.getBigDecimal(c).setScale(c == 4 ? 4 : 2, RoundingMode.UNNECESSARY));
        }
        lines.add(line.append(' ').toString());
      }
    }
    return new ArrayList<>(lines);
  }
}
