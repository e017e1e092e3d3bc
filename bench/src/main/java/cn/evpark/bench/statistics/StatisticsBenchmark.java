package cn.evpark.bench.statistics;

import cn.evpark.bench.MicroPlatform;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The daily-station-statistics job (统计分析, money.md §7) over 1,000,000 settled orders of 200
 * stations in the 30 business days before today, timed against one hand-written SQL {@code GROUP
 * BY} computing the same figures over the same data in the same run. Target: the job within 1.2×
 * the SQL.
 *
 * <p>The platform starts on an empty database of its own, then the run writes in bulk SQL: one
 * operator (commission 6 %), 200 stations (channel fee 0.60 %), 20,000 drivers with a wallet and an
 * arrears account, and {@code --orders} settled orders ending at random times of the 30 days: 80 %
 * paid by the wallet, 10 % unpaid offline cards, 5 % free, 5 % partly paid whose arrears the wallet
 * pays a day later. Once the platform has tallied the new orders (as it does a day's orders within
 * minutes), the SQL runs once to warm the buffer pool, then is timed; then the job (through {@code
 * /api/admin/batch}) is timed from start to completion for the 30 days in one execution ({@code
 * date} to {@code to}), the target's figure, and then for each day in an execution of its own, one
 * after another, as the nightly schedule runs its days; finally the rows are compared with the
 * SQL's, figure by figure.
 *
 * <pre>
 * mvn -B -o -pl payara-config,bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar cn.evpark.bench.statistics.StatisticsBenchmark \
 *     [--micro payara-config/target/evpark-micro] [--orders 1000000] [--keep true] \
 *     [--database bench_statistics] [--port 18084]
 * </pre>
 */
public final class StatisticsBenchmark {

  static final int STATIONS = 200;
  static final int DAYS = 30;
  static final int DRIVERS = 20_000;
  static final String JOB = "daily-station-statistics";

  private final MicroPlatform platform;
  private final int orders;
  private final boolean keep;
  private final LocalDate last = LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1);
  private final LocalDate first = last.minusDays(DAYS - 1);

  StatisticsBenchmark(Path micro, String database, int port, int orders, boolean keep) {
    this.platform =
        new MicroPlatform(
            micro, database, port, port + 687, Path.of("bench", "target", "statistics"));
    this.orders = orders;
    this.keep = keep;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    new StatisticsBenchmark(
            Path.of(options.getOrDefault("--micro", "payara-config/target/evpark-micro")),
            options.getOrDefault("--database", "bench_statistics"),
            Integer.parseInt(options.getOrDefault("--port", "18084")),
            Integer.parseInt(options.getOrDefault("--orders", "1000000")),
            Boolean.parseBoolean(options.getOrDefault("--keep", "false")))
        .run();
  }

  void run() throws Exception {
    boolean reuse = keep && existingOrders() == orders;
    if (!reuse) {
      platform.recreateDatabase();
    }
    platform.start(Map.of(), "-Xms1g -Xmx1g -XX:+UseG1GC");
    try {
      if (!reuse) {
        long start = System.nanoTime();
        generate();
        System.out.printf(
            Locale.ROOT,
            "generated %,d orders in %.0f s%n",
            orders,
            (System.nanoTime() - start) / 1e9);
      }
      awaitTallied();
      List<String> bySql = timedSql();
      List<String> byJob = timedJobs();
      long differing = bySql.stream().filter(line -> !byJob.contains(line)).count();
      System.out.printf(
          Locale.ROOT,
          "rows: SQL %d, job %d, SQL rows the job does not have: %d%n",
          bySql.size(),
          byJob.size(),
          differing);
    } finally {
      platform.stop();
    }
  }

  /**
   * Waits until the platform has tallied every generated order ({@code OrderTallies} rewrites each
   * order once, in batches): measured while it runs, both the SQL and the job would read a million
   * rows being rewritten, through their old versions, which is not a night of the platform.
   */
  void awaitTallied() throws Exception {
    long start = System.nanoTime();
    long pending;
    while ((pending =
            platform.single("SELECT COUNT(*) FROM charging_order WHERE tally_pending = TRUE"))
        > 0) {
      Thread.sleep(5_000);
    }
    System.out.printf(
        Locale.ROOT,
        "orders tallied by the platform after %.0f s%n",
        (System.nanoTime() - start) / 1e9);
  }

  long existingOrders() {
    try {
      return platform.single("SELECT COUNT(*) FROM charging_order");
    } catch (SQLException noDatabase) {
      return -1;
    }
  }

  List<String> timedSql() throws SQLException {
    rows(sql()); // warms the buffer pool as much as the job's own first reads do
    long start = System.nanoTime();
    List<String> rows = rows(sql());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT, "SQL GROUP BY, %d days: %.2f s, %d rows%n", DAYS, seconds, rows.size());
    sqlSeconds = seconds;
    return rows;
  }

  private double sqlSeconds;

  List<String> timedJobs() throws Exception {
    long start = System.nanoTime();
    awaitCompleted(startJob("date=" + first + "&to=" + last));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "job, %d days in one execution: %.2f s = %.2f× the SQL (target ≤ 1.2×)%n",
        DAYS,
        seconds,
        seconds / sqlSeconds);
    start = System.nanoTime();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      awaitCompleted(startJob("date=" + day));
    }
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "job, %d days one execution each, one after another (as nights): %.2f s = %.2f× the SQL%n",
        DAYS,
        seconds,
        seconds / sqlSeconds);
    return rows(
        "SELECT station_id, business_date, received, energy, electricity_fee, service_fee,"
            + " channel_fee, platform_commission FROM station_day_statistics"
            + " WHERE business_date BETWEEN '"
            + first
            + "' AND '"
            + last
            + "'");
  }

  /** Starts the job with these query parameters; answers the execution's id. */
  long startJob(String query) throws Exception {
    return Long.parseLong(
        MicroPlatform.field(
            platform.admin("POST", "/api/admin/batch/jobs/" + JOB + "/executions?" + query, null),
            "executionId"));
  }

  /** Waits until the execution has COMPLETED. */
  void awaitCompleted(long id) throws Exception {
    while (true) {
      String status =
          MicroPlatform.field(
              platform.admin("GET", "/api/admin/batch/executions/" + id, null), "status");
      if (status.equals("COMPLETED")) {
        return;
      }
      if (status.equals("FAILED") || status.equals("STOPPED") || status.equals("ABANDONED")) {
        throw new IllegalStateException("execution " + id + " " + status);
      }
      Thread.sleep(20);
    }
  }

  /** The six figures per station and day, by hand: days by UTC+8, arrears oldest first. */
  String sql() {
    String owedSum =
        "SUM(o.arrears_amount) OVER (PARTITION BY o.operator_id, o.driver_id"
            + " ORDER BY o.settled_at, o.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)";
    String paidSum =
        "SUM(e.amount) OVER (PARTITION BY a.id ORDER BY t.posted_at, t.id"
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)";
    String from = first + " 00:00:00";
    String to = last.plusDays(1) + " 00:00:00";
    return "WITH sums AS (SELECT o.station_id, DATE(DATE_ADD(o.ended_at, INTERVAL 8 HOUR)) AS day,"
        + " SUM(o.energy) AS energy, SUM(o.electricity_fee) AS ef, SUM(o.service_fee) AS sf,"
        + " SUM(o.paid_amount) AS paid, SUM(IF(a.kind = 'WALLET', o.paid_amount, 0)) AS wallet"
        + " FROM charging_order o LEFT JOIN ledger_account a ON a.id = o.account_id"
        + " WHERE o.state = 'SETTLED' AND o.ended_at >= DATE_SUB('"
        + from
        + "', INTERVAL 8 HOUR)"
        + " AND o.ended_at < DATE_SUB('"
        + to
        + "', INTERVAL 8 HOUR) GROUP BY 1, 2),"
        + " owed AS (SELECT o.station_id, o.operator_id, o.driver_id, "
        + owedSum
        + " - o.arrears_amount AS s, "
        + owedSum
        + " AS e FROM charging_order o"
        + " WHERE o.state = 'SETTLED' AND o.arrears_amount > 0),"
        + " paid AS (SELECT a.operator_id, a.holder_id AS driver_id,"
        + " DATE(DATE_ADD(t.posted_at, INTERVAL 8 HOUR)) AS day, "
        + paidSum
        + " - e.amount AS s, "
        + paidSum
        + " AS e FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id"
        + " JOIN ledger_account a ON a.id = e.account_id"
        + " WHERE t.kind = 'ARREARS_PAYMENT' AND a.kind = 'ARREARS'),"
        + " arrears AS (SELECT w.station_id, p.day,"
        + " SUM(GREATEST(0, LEAST(w.e, p.e) - GREATEST(w.s, p.s))) AS amount FROM owed w"
        + " JOIN paid p ON p.operator_id = w.operator_id AND p.driver_id = w.driver_id"
        + " WHERE p.day BETWEEN '"
        + first
        + "' AND '"
        + last
        + "' GROUP BY 1, 2),"
        + " days AS (SELECT DISTINCT DATE_ADD('"
        + first
        + "', INTERVAL seq DAY) AS day"
        + " FROM seq_0_to_"
        + (DAYS - 1)
        + ")"
        + " SELECT st.id, d.day, COALESCE(x.paid, 0) + COALESCE(r.amount, 0),"
        + " COALESCE(x.energy, 0), COALESCE(x.ef, 0), COALESCE(x.sf, 0),"
        + " ROUND((COALESCE(x.wallet, 0) + COALESCE(r.amount, 0)) * st.payment_fee_percent / 100, 2),"
        + " ROUND(COALESCE(x.sf, 0) * op.platform_commission_percent / 100, 2)"
        + " FROM station st JOIN operator op ON op.id = st.operator_id CROSS JOIN days d"
        + " LEFT JOIN sums x ON x.station_id = st.id AND x.day = d.day"
        + " LEFT JOIN arrears r ON r.station_id = st.id AND r.day = d.day";
  }

  List<String> rows(String sql) throws SQLException {
    TreeSet<String> lines = new TreeSet<>();
    try (Connection db = platform.connect();
        Statement query = db.createStatement();
        ResultSet rs = query.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder line =
            new StringBuilder().append(rs.getLong(1)).append(' ').append(rs.getDate(2));
        for (int c = 3; c <= 8; c++) {
          line.append(' ')
              .append(rs.getBigDecimal(c).setScale(c == 4 ? 4 : 2, RoundingMode.UNNECESSARY));
        }
        lines.add(line.toString());
      }
    }
    return new ArrayList<>(lines);
  }

  void generate() throws Exception {
    long operator =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin("POST", "/api/admin/operators", "{\"name\":\"统计压测运营商\"}"), "id"));
    platform.admin(
        "PUT", "/api/admin/operators/" + operator + "/platform-commission", "{\"percent\":6.00}");
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    LocalDateTime firstUtc = first.atStartOfDay().minusHours(8);
    try (Connection db = platform.connect();
        Statement sql = db.createStatement()) {
      sql.execute("SET SESSION unique_checks = 0");
      sql.execute("SET SESSION foreign_key_checks = 0");
      sql.execute(
          "INSERT INTO station (operator_id, name, address, payment_fee_percent, created_at)"
              + " SELECT "
              + operator
              + ", CONCAT('统计电站', seq), '压测地址', 0.60, '"
              + now
              + "' FROM seq_1_to_"
              + STATIONS);
      long firstStation = platform.single("SELECT MIN(id) FROM station");
      sql.execute(
          "INSERT INTO driver (phone, created_at, version) SELECT CONCAT('136', LPAD(seq, 8, '0')),"
              + " '"
              + now
              + "', 0 FROM seq_1_to_"
              + DRIVERS);
      long firstDriver = platform.single("SELECT MIN(id) FROM driver");
      for (String kind : List.of("WALLET", "ARREARS")) {
        sql.execute(
            "INSERT INTO ledger_account (operator_id, kind, holder_id, balance, created_at)"
                + " SELECT "
                + operator
                + ", '"
                + kind
                + "', id, 0, '"
                + now
                + "' FROM driver");
      }
      String h = "CRC32(CONCAT('%s', seq))";
      int chunk = 100_000;
      for (int from = 1; from <= orders; from += chunk) {
        int to = Math.min(orders, from + chunk - 1);
        sql.execute(
            "INSERT INTO charging_order (id, order_no, operator_id, station_id, pile_code, gun,"
                + " transaction_serial, charging_type, driver_id, account_id, state,"
                + " payment_status, started_at, ended_at, energy, electricity_fee, service_fee,"
                + " total_amount, paid_amount, arrears_amount, billing_difference, created_at,"
                + " settled_at, version)"
                + " SELECT seq, LPAD(seq, 18, '0'), "
                + operator
                + ", "
                + firstStation
                + " + t.station, '32060000000001', 1, LPAD(seq, 32, '0'),"
                + " IF(t.kind < 10, 'OFFLINE_CARD', 'APP'),"
                + " IF(t.kind < 10, NULL, "
                + firstDriver
                + " + t.driver),"
                + " IF(t.kind < 10, NULL, (SELECT a.id FROM ledger_account a WHERE a.operator_id = "
                + operator
                + " AND a.kind = 'WALLET' AND a.holder_id = "
                + firstDriver
                + " + t.driver)), 'SETTLED',"
                + " CASE WHEN t.kind < 10 THEN 'UNPAID' WHEN t.kind < 15 THEN 'FREE'"
                + " WHEN t.kind < 20 THEN 'PARTLY_PAID' ELSE 'PAID' END,"
                + " DATE_SUB(t.ended, INTERVAL 40 MINUTE), t.ended, t.kwh,"
                + " IF(t.kind BETWEEN 10 AND 14, 0, ROUND(t.kwh * 0.8, 2)),"
                + " IF(t.kind BETWEEN 10 AND 14, 0, ROUND(t.kwh * 0.4, 2)),"
                + " IF(t.kind BETWEEN 10 AND 14, 0, ROUND(t.kwh * 0.8, 2) + ROUND(t.kwh * 0.4, 2)),"
                + " CASE WHEN t.kind < 15 THEN 0 WHEN t.kind < 20 THEN ROUND(t.kwh * 0.4, 2)"
                + " ELSE ROUND(t.kwh * 0.8, 2) + ROUND(t.kwh * 0.4, 2) END,"
                + " IF(t.kind BETWEEN 15 AND 19, ROUND(t.kwh * 0.8, 2), 0), FALSE,"
                + " DATE_SUB(t.ended, INTERVAL 40 MINUTE), DATE_ADD(t.ended, INTERVAL 1 SECOND), 0"
                + " FROM (SELECT seq, "
                + h.formatted("station")
                + " % "
                + STATIONS
                + " AS station,"
                + " "
                + h.formatted("kind")
                + " % 100 AS kind,"
                + " "
                + h.formatted("driver")
                + " % "
                + DRIVERS
                + " AS driver,"
                + " ROUND(1 + "
                + h.formatted("kwh")
                + " % 5500 / 100, 4) AS kwh,"
                + " DATE_ADD('"
                + firstUtc
                + "', INTERVAL "
                + h.formatted("ended")
                + " % "
                + (DAYS * 86_400)
                + " SECOND) AS ended"
                + " FROM seq_"
                + from
                + "_to_"
                + to
                + ") t");
      }
      // planned with the orders' statistics: without them the joins below start from the
      // accounts and scan every order of the operator for each (hours at 1,000,000 orders)
      sql.execute("ANALYZE TABLE charging_order");
      // the arrears of partly paid orders, paid from the wallet a day after the order ended
      sql.execute(
          "INSERT INTO ledger_transaction (idempotency_key, kind, operator_id, posted_by,"
              + " posted_at) SELECT CONCAT('bench-arrears-', id), 'ARREARS_PAYMENT', operator_id,"
              + " 'platform', DATE_ADD(ended_at, INTERVAL 1 DAY) FROM charging_order"
              + " WHERE payment_status = 'PARTLY_PAID'");
      for (String[] leg : List.of(new String[] {"WALLET", "-"}, new String[] {"ARREARS", ""})) {
        sql.execute(
            "INSERT INTO ledger_entry (transaction_id, account_id, amount, balance_after)"
                + " SELECT STRAIGHT_JOIN t.id, a.id, "
                + leg[1]
                + "o.arrears_amount, 0 FROM charging_order o"
                + " JOIN ledger_transaction t ON t.idempotency_key = CONCAT('bench-arrears-', o.id)"
                + " JOIN ledger_account a ON a.operator_id = o.operator_id AND a.kind = '"
                + leg[0]
                + "' AND a.holder_id = o.driver_id"
                + " WHERE o.payment_status = 'PARTLY_PAID'");
      }
      sql.execute(
          "UPDATE id_sequence SET next_value = "
              + ((orders / 1000 + 1) * 1000)
              + " WHERE name = 'charging_order'");
      sql.execute("ANALYZE TABLE charging_order");
    }
  }
}
