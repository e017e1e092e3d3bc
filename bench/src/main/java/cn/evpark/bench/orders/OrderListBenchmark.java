package cn.evpark.bench.orders;

import cn.evpark.bench.MicroPlatform;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The charging order list ({@code GET /api/admin/charging-orders}) over a million orders of 200
 * stations on MariaDB, as operator staff and as the platform administrator.
 *
 * <p>The platform starts on an empty database of its own (Flyway creates the schema), then the run
 * writes in bulk SQL: 2 operators (through the admin API), 200 stations (120 of the first operator,
 * 80 of the second, 10 piles each), 50,000 drivers, and {@code --orders} orders spread over the
 * year before today with ids rising with time, as the platform numbers them: 70 % app, 15 % IC
 * card, 10 % offline card, 5 % VIN starts; 93 % settled (paid, partly paid, free or unpaid), the
 * rest in every other state; offline card orders have no driver. Settled orders carry no ledger
 * rows.
 *
 * <p>It then times each filter of the page alone and combined, on page 1 and on a deep page (page
 * 1,000 of 10 rows, or the last page when there are fewer), {@code --requests} requests each after
 * 5 of warm-up (fewer, but at least 10, when they take more than 20 s), over one HTTP session per
 * account (logged in on the login page), so the figures are the list's and not the password hash's;
 * one extra line shows a request with HTTP Basic, which hashes the password (PBKDF2, 210,000
 * iterations) on every call. Below the table come MariaDB's EXPLAIN of the count and page queries
 * of every case whose p95 misses {@value #TARGET_MS} ms, in the SQL the criteria query issues.
 *
 * <pre>
 * mvn -B -o -pl payara-config,bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar cn.evpark.bench.orders.OrderListBenchmark \
 *     [--micro payara-config/target/evpark-micro] [--orders 1000000] [--requests 50] \
 *     [--keep true] [--list false] [--export true] [--database bench_orders] [--port 18082]
 * </pre>
 *
 * {@code --keep true} reuses the database of the last run if it holds the orders (no generation);
 * {@code --database} names the MariaDB database (so that runs of several people on one server keep
 * theirs apart) and {@code --port} the platform's HTTP port (its YKC port is 687 above); {@code
 * --list false} skips the list; {@code --export true} adds the 充电订单 page's XLSX export of every
 * order as the platform administrator: its time and size and the server's used heap (by {@code
 * /metrics}) before, at most during (sampled every 250 ms) and after.
 */
public final class OrderListBenchmark {

  static final String DATABASE = "bench_orders";
  static final int HTTP_PORT = 18082;
  static final int YKC_PORT = 18769;
  static final int STATIONS = 200;
  static final int STATIONS_OF_FIRST = 120;
  static final int PILES_PER_STATION = 10;
  static final int DRIVERS = 50_000;
  static final double TARGET_MS = 150;
  static final int WARMUP = 5;
  static final int MIN_REQUESTS = 10;
  static final Duration CASE_LIMIT = Duration.ofSeconds(20);
  static final String STAFF = "bench-staff";
  static final String STAFF_PASSWORD = "bench-staff-1";

  private final MicroPlatform platform;
  private final String database;
  private final int orders;
  private final int requests;
  private final boolean keep;
  private final boolean listCases;
  private final boolean export;
  private long firstOperator;
  private long firstStation;

  OrderListBenchmark(
      Path micro,
      String database,
      int httpPort,
      int orders,
      int requests,
      boolean keep,
      boolean listCases,
      boolean export) {
    this.database = database;
    this.platform =
        new MicroPlatform(
            micro,
            database,
            httpPort,
            httpPort + YKC_PORT - HTTP_PORT,
            Path.of("bench", "target", "orders"));
    this.orders = orders;
    this.requests = requests;
    this.keep = keep;
    this.listCases = listCases;
    this.export = export;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    new OrderListBenchmark(
            Path.of(options.getOrDefault("--micro", "payara-config/target/evpark-micro")),
            options.getOrDefault("--database", DATABASE),
            Integer.parseInt(options.getOrDefault("--port", String.valueOf(HTTP_PORT))),
            Integer.parseInt(options.getOrDefault("--orders", "1000000")),
            Integer.parseInt(options.getOrDefault("--requests", "50")),
            Boolean.parseBoolean(options.getOrDefault("--keep", "false")),
            Boolean.parseBoolean(options.getOrDefault("--list", "true")),
            Boolean.parseBoolean(options.getOrDefault("--export", "false")))
        .run();
  }

  /** One timed request shape. */
  record Case(String account, String name, String query) {}

  /** Its figures. */
  record Result(Case c, int samples, double p50, double p95, double max, long total, int rows) {}

  void run() throws Exception {
    boolean reuse = keep && existingOrders() == orders;
    if (!reuse) {
      platform.recreateDatabase();
    }
    platform.start(Map.of(), "-Xms2g -Xmx2g -XX:+UseG1GC");
    try {
      if (reuse) {
        firstOperator = platform.single("SELECT MIN(id) FROM operator");
        firstStation = platform.single("SELECT MIN(id) FROM station");
      } else {
        long start = System.nanoTime();
        generate();
        System.out.printf(
            Locale.ROOT,
            "generated %,d orders in %.0f s; charging_order: %s%n",
            orders,
            (System.nanoTime() - start) / 1e9,
            tableSize());
      }
      awaitTally();
      HttpClient staff = session(STAFF, STAFF_PASSWORD);
      HttpClient admin = session(MicroPlatform.ADMIN, MicroPlatform.ADMIN_PASSWORD);
      if (listCases) {
        List<Result> results = new ArrayList<>();
        for (Case c : cases()) {
          results.add(measure(c, c.account().equals("staff") ? staff : admin, null));
        }
        results.add(
            measure(
                new Case("staff", "no filter, HTTP Basic on each request", "page=1"),
                HttpClient.newHttpClient(),
                MicroPlatform.basicOf(STAFF, STAFF_PASSWORD)));
        print(results);
        explainMisses(results);
      }
      if (export) {
        export(admin);
      }
    } finally {
      platform.stop();
    }
  }

  /**
   * Waits until the platform has tallied every order (OrderTallies, every 30 s in batches), so that
   * the figures are those of a platform in its steady state and not of its first minutes over a
   * database it has not seen: counts are exact meanwhile, only slower.
   */
  void awaitTally() throws Exception {
    long start = System.nanoTime();
    long left;
    while ((left = platform.single("SELECT COUNT(*) FROM charging_order WHERE tally_pending"))
        > 0) {
      System.out.printf(Locale.ROOT, "  %,d orders to tally%n", left);
      Thread.sleep(10_000);
    }
    System.out.printf(
        Locale.ROOT, "orders tallied after %.0f s%n", (System.nanoTime() - start) / 1e9);
  }

  long existingOrders() {
    try {
      return platform.single("SELECT COUNT(*) FROM charging_order");
    } catch (SQLException noDatabase) {
      return -1;
    }
  }

  // ---------------------------------------------------------------- the cases

  List<Case> cases() throws SQLException {
    String phone;
    String pile;
    String orderNo;
    try (Connection db = platform.connect();
        Statement sql = db.createStatement()) {
      // a frequent driver of the first operator, a pile of its first station, a mid-year order
      phone =
          text(
              sql,
              "SELECT d.phone FROM charging_order o JOIN driver d ON d.id = o.driver_id"
                  + " WHERE o.operator_id = "
                  + firstOperator
                  + " AND o.id <= 20000 GROUP BY d.phone ORDER BY COUNT(*) DESC, d.phone LIMIT 1");
      pile =
          text(
              sql,
              "SELECT pile_code FROM charging_order WHERE station_id = "
                  + firstStation
                  + " LIMIT 1");
      orderNo =
          text(sql, "SELECT order_no FROM charging_order WHERE id = " + (orders / 2) + " LIMIT 1");
    }
    LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
    String month =
        "from="
            + today.minusMonths(3).withDayOfMonth(1)
            + "&to="
            + today.minusMonths(3).withDayOfMonth(28);
    String station = "station=" + firstStation;
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("no filter", "");
    filters.put("station", station);
    filters.put("type IC_CARD", "type=IC_CARD");
    filters.put("phone", "phone=" + phone);
    filters.put("from/to one month", month);
    filters.put("status SETTLED", "status=SETTLED");
    filters.put("status ABNORMAL", "status=ABNORMAL");
    filters.put("pile", "pile=" + pile);
    filters.put("orderNo", "orderNo=" + orderNo);
    filters.put("station+type+month+status", station + "&type=APP&" + month + "&status=SETTLED");
    filters.put("phone+month", "phone=" + phone + "&" + month);
    List<Case> cases = new ArrayList<>();
    for (String account : List.of("staff", "admin")) {
      for (Map.Entry<String, String> f : filters.entrySet()) {
        String q = f.getValue().isEmpty() ? "" : f.getValue() + "&";
        cases.add(new Case(account, f.getKey() + ", page 1", q + "page=1"));
        cases.add(new Case(account, f.getKey() + ", deep page", q + "page=DEEP"));
      }
    }
    return cases;
  }

  static String text(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }

  Result measure(Case c, HttpClient client, String authorization) throws Exception {
    String query = c.query();
    if (query.contains("DEEP")) {
      long total = total(get(client, authorization, query.replace("page=DEEP", "page=1")));
      long last = Math.max(1, (total + 9) / 10);
      query = query.replace("page=DEEP", "page=" + Math.min(1000, last));
    }
    String body = "";
    for (int i = 0; i < WARMUP; i++) {
      body = get(client, authorization, query);
    }
    long[] nanos = new long[requests];
    int n = 0;
    long stop = System.nanoTime() + CASE_LIMIT.toNanos();
    while (n < requests && (n < MIN_REQUESTS || System.nanoTime() < stop)) {
      long start = System.nanoTime();
      body = get(client, authorization, query);
      nanos[n++] = System.nanoTime() - start;
    }
    nanos = Arrays.copyOf(nanos, n);
    Arrays.sort(nanos);
    Result result =
        new Result(
            new Case(c.account(), c.name(), query),
            n,
            percentile(nanos, 0.50),
            percentile(nanos, 0.95),
            nanos[nanos.length - 1] / 1e6,
            total(body),
            rows(body));
    System.out.printf(
        Locale.ROOT,
        "  %s %s: p50 %.1f ms, p95 %.1f ms%n",
        c.account(),
        c.name(),
        result.p50(),
        result.p95());
    return result;
  }

  String get(HttpClient client, String authorization, String query) throws Exception {
    HttpRequest.Builder request =
        platform.request("/api/admin/charging-orders?" + query + "&size=10").GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          query + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static long total(String body) {
    return Long.parseLong(MicroPlatform.field(body, "total"));
  }

  static int rows(String body) {
    Matcher m = Pattern.compile("\"orderNo\"").matcher(body);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static double percentile(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /** An HTTP client logged in on the login page: its session cookie authenticates the API. */
  HttpClient session(String username, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .build();
    String page =
        client
            .send(
                platform.request("/login.xhtml").GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String form =
        form(
            Map.of(
                "login",
                "login",
                "login:username",
                username,
                "login:password",
                password,
                "login:next",
                "",
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                state.group(1)));
    client.send(
        platform
            .request("/login.xhtml")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> check =
        client.send(
            platform.request("/api/admin/charging-orders?size=1").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (check.statusCode() != 200) {
      throw new IllegalStateException(username + " is not logged in: " + check.statusCode());
    }
    return client;
  }

  static String form(Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  // ---------------------------------------------------------------- the export

  /**
   * The 充电订单 page's XLSX export of every order, as the platform administrator: its time, size, and
   * the server's used heap before, at most during (sampled every 250 ms) and after.
   */
  void export(HttpClient client) throws Exception {
    String page =
        client
            .send(
                platform.request("/admin/charging-orders.xhtml").GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("no view state on the orders page");
    }
    String form =
        form(
            Map.of(
                "orders", "orders",
                "orders:export", "",
                "jakarta.faces.ViewState", state.group(1)));
    long before = platform.heapUsedMb();
    AtomicLong most = new AtomicLong(before);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> {
          try {
            most.accumulateAndGet(platform.heapUsedMb(), Math::max);
          } catch (Exception e) {
            // a missed sample
          }
        },
        0,
        250,
        TimeUnit.MILLISECONDS);
    long start = System.nanoTime();
    HttpResponse<InputStream> response =
        client.send(
            HttpRequest.newBuilder(URI.create(platform.base() + "/admin/charging-orders.xhtml"))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long bytes;
    try (InputStream body = response.body()) {
      bytes = body.transferTo(OutputStream.nullOutputStream());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.shutdownNow();
    long after = platform.heapUsedMb();
    System.out.println();
    System.out.println(
        "export (admin, every order)  status  content type                      MB"
            + "     seconds  heap before MB  heap max MB  heap after MB  server -Xmx");
    System.out.printf(
        Locale.ROOT,
        "%-28s %-7d %-33s %-6.1f %-8.1f %-15d %-12d %-14d 2g%n",
        orders + " orders",
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse("?"),
        bytes / 1048576.0,
        seconds,
        before,
        most.get(),
        after);
  }

  // ---------------------------------------------------------------- the data

  /**
   * Two operators and the staff account through the admin API; stations, drivers and orders in bulk
   * SQL.
   */
  void generate() throws Exception {
    firstOperator =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin("POST", "/api/admin/operators", "{\"name\":\"压测运营商甲\"}"), "id"));
    long second =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin("POST", "/api/admin/operators", "{\"name\":\"压测运营商乙\"}"), "id"));
    platform.admin(
        "POST",
        "/api/admin/staff",
        "{\"operatorId\":"
            + firstOperator
            + ",\"username\":\""
            + STAFF
            + "\",\"displayName\":\"压测客服\",\"role\":\"OPERATOR_STAFF\",\"password\":\""
            + STAFF_PASSWORD
            + "\"}");
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    try (Connection db = platform.connect();
        Statement sql = db.createStatement()) {
      sql.execute("SET SESSION unique_checks = 0");
      sql.execute("SET SESSION foreign_key_checks = 0");
      sql.execute(
          "INSERT INTO station (operator_id, name, address, created_at) SELECT IF(seq <= "
              + STATIONS_OF_FIRST
              + ", "
              + firstOperator
              + ", "
              + second
              + "), CONCAT('压测电站', seq), '压测地址', '"
              + now
              + "' FROM seq_1_to_"
              + STATIONS);
      firstStation = platform.single("SELECT MIN(id) FROM station");
      sql.execute(
          "INSERT INTO driver (phone, created_at, version) SELECT CONCAT('137', LPAD(seq, 8, '0')),"
              + " '"
              + now
              + "', 0 FROM seq_1_to_"
              + DRIVERS);
      long firstDriver = platform.single("SELECT MIN(id) FROM driver");
      int chunk = 100_000;
      for (int from = 1; from <= orders; from += chunk) {
        int to = Math.min(orders, from + chunk - 1);
        sql.execute(orderInsert(from, to, second, firstDriver, now));
      }
      sql.execute(
          "UPDATE id_sequence SET next_value = "
              + ((orders / 1000 + 1) * 1000)
              + " WHERE name = 'charging_order'");
      sql.execute("ANALYZE TABLE charging_order");
    }
  }

  /**
   * Orders {@code from}–{@code to}. Each row's attributes come from CRC32 hashes of its id with a
   * salt per attribute, so a run is repeatable; the start time rises with the id over the year up
   * to now.
   */
  String orderInsert(int from, int to, long second, long firstDriver, LocalDateTime now) {
    String h = "CRC32(CONCAT('%s', seq))";
    String station = "(" + h.formatted("station") + " % " + STATIONS + ")";
    String type = "(" + h.formatted("type") + " % 100)";
    String state = "(" + h.formatted("state") + " % 1000)";
    String started =
        "DATE_SUB('"
            + now
            + "', INTERVAL (("
            + orders
            + " - seq) * 31536 DIV "
            + Math.max(1, orders / 1000)
            + " + "
            + h.formatted("jitter")
            + " % 600) SECOND)";
    return "INSERT INTO charging_order (id, order_no, operator_id, station_id, pile_code, gun,"
        + " transaction_serial, charging_type, driver_id, account_id, state, payment_status,"
        + " started_at, ended_at, energy, electricity_fee, service_fee, total_amount,"
        + " paid_amount, arrears_amount, pile_amount, billing_difference, stop_reason,"
        + " created_at, settled_at, version)"
        + " SELECT seq, CONCAT(DATE_FORMAT(DATE_ADD(t.started, INTERVAL 8 HOUR), '%Y%m%d'),"
        + " LPAD(seq, 10, '0')),"
        + " IF(t.station < "
        + STATIONS_OF_FIRST
        + ", "
        + firstOperator
        + ", "
        + second
        + "), "
        + firstStation
        + " + t.station, t.pile, 1 + seq % 2,"
        + " CONCAT(t.pile, LPAD(1 + seq % 2, 2, '0'), LPAD(seq, 16, '0')),"
        + " t.type, IF(t.type = 'OFFLINE_CARD', NULL, "
        + firstDriver
        + " + t.driver), NULL, t.state,"
        + " CASE WHEN t.state <> 'SETTLED' THEN NULL WHEN t.type = 'OFFLINE_CARD' THEN 'UNPAID'"
        + " WHEN t.r < 2 THEN 'PARTLY_PAID' WHEN t.r < 4 THEN 'FREE' ELSE 'PAID' END,"
        + " t.started, IF(t.state IN ('STARTING', 'START_FAILED'), NULL,"
        + " DATE_ADD(t.started, INTERVAL 20 + t.r MINUTE)),"
        + " t.kwh, ROUND(t.kwh * 0.8, 2), ROUND(t.kwh * 0.4, 2), ROUND(t.kwh * 1.2, 2),"
        + " IF(t.state = 'SETTLED' AND t.type <> 'OFFLINE_CARD', ROUND(t.kwh * 1.2, 2), 0),"
        + " 0, ROUND(t.kwh * 1.2, 4), t.r = 99, IF(t.state = 'SETTLED', 64 + t.r % 4, NULL),"
        + " t.started, IF(t.state = 'SETTLED', DATE_ADD(t.started, INTERVAL 21 + t.r MINUTE),"
        + " NULL), 0"
        + " FROM (SELECT seq, "
        + started
        + " AS started, "
        + station
        + " AS station,"
        + " CONCAT('3206', LPAD("
        + station
        + ", 4, '0'), LPAD("
        + h.formatted("pile")
        + " % "
        + PILES_PER_STATION
        + ", 6, '0')) AS pile,"
        + " CASE WHEN "
        + type
        + " < 70 THEN 'APP' WHEN "
        + type
        + " < 85 THEN 'IC_CARD' WHEN "
        + type
        + " < 95 THEN 'OFFLINE_CARD' ELSE 'VIN' END AS type,"
        // drivers: a few frequent, many occasional
        + " IF("
        + h.formatted("often")
        + " % 10 < 3, "
        + h.formatted("driver")
        + " % 500, "
        + h.formatted("driver")
        + " % "
        + DRIVERS
        + ") AS driver,"
        + " CASE WHEN "
        + state
        + " < 930 THEN 'SETTLED' WHEN "
        + state
        + " < 960 THEN 'START_FAILED' WHEN "
        + state
        + " < 970 THEN 'ABNORMAL' WHEN "
        + state
        + " < 980 THEN 'FINISHED' WHEN "
        + state
        + " < 990 THEN 'CHARGING' WHEN "
        + state
        + " < 995 THEN 'STOPPING' ELSE 'STARTING' END AS state,"
        + " "
        + h.formatted("minutes")
        + " % 100 AS r,"
        + " ROUND(5 + "
        + h.formatted("kwh")
        + " % 5500 / 100, 4) AS kwh"
        + " FROM seq_"
        + from
        + "_to_"
        + to
        + ") t";
  }

  String tableSize() throws SQLException {
    try (Connection db = platform.connect();
        Statement sql = db.createStatement();
        ResultSet row =
            sql.executeQuery(
                "SELECT ROUND(data_length / 1048576), ROUND(index_length / 1048576)"
                    + " FROM information_schema.tables WHERE table_schema = '"
                    + database
                    + "' AND table_name = 'charging_order'")) {
      row.next();
      return row.getLong(1) + " MB data, " + row.getLong(2) + " MB indexes";
    }
  }

  // ---------------------------------------------------------------- output

  void print(List<Result> results) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%d cores, load average (1 min) at the end: %.1f%n",
        Runtime.getRuntime().availableProcessors(),
        MicroPlatform.loadAverage());
    System.out.println(
        "account  case                                      requests  p50 ms   p95 ms   max ms"
            + "   total     rows  p95 < 150 ms");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "%-8s %-41s %-9d %-8.1f %-8.1f %-8.1f %-9d %-5d %s%n",
          r.c().account(),
          r.c().name(),
          r.samples(),
          r.p50(),
          r.p95(),
          r.max(),
          r.total(),
          r.rows(),
          r.p95() < TARGET_MS ? "yes" : "NO");
    }
    System.out.println();
  }

  /**
   * EXPLAIN of the count and page queries of each case whose p95 misses the target, in the SQL
   * ChargingOrderSearch issues: the count of the pending orders (beside the tally's sum) or of all
   * matching ones, and the ids of the page.
   */
  void explainMisses(List<Result> results) throws SQLException {
    try (Connection db = platform.connect();
        Statement sql = db.createStatement()) {
      for (Result r : results) {
        if (r.p95() < TARGET_MS || r.c().name().contains("Basic")) {
          continue;
        }
        String query = r.c().query();
        String where = where(r.c().account(), query, sql);
        int page = Integer.parseInt(param(query, "page"));
        boolean tallied =
            Stream.of("station", "phone", "pile", "orderNo").allMatch(p -> param(query, p) == null);
        System.out.println("EXPLAIN " + r.c().account() + " " + r.c().name());
        explain(
            sql,
            "SELECT COUNT(*) FROM charging_order o WHERE "
                + (tallied ? "o.tally_pending = TRUE AND " : "")
                + where);
        explain(
            sql,
            "SELECT o.id FROM charging_order o WHERE "
                + where
                + (param(query, "to") != null ? " ORDER BY o.id + 0 DESC" : " ORDER BY o.id DESC")
                + " LIMIT 10 OFFSET "
                + (page - 1) * 10);
      }
    }
  }

  /** The WHERE clause ChargingOrderSearch builds for a query string. */
  String where(String account, String query, Statement sql) throws SQLException {
    List<String> all = new ArrayList<>();
    if (account.equals("staff")) {
      all.add("operator_id = " + firstOperator);
    } else {
      all.add("1 = 1");
    }
    String station = param(query, "station");
    if (station != null) {
      all.add("station_id = " + station);
    }
    String type = param(query, "type");
    if (type != null) {
      all.add("charging_type = '" + type + "'");
    }
    String phone = param(query, "phone");
    if (phone != null) {
      all.add("driver_id = " + text(sql, "SELECT id FROM driver WHERE phone = '" + phone + "'"));
    }
    String from = param(query, "from");
    if (from != null) {
      all.add("started_at >= '" + LocalDate.parse(from).atStartOfDay().minusHours(8) + "'");
    }
    String to = param(query, "to");
    if (to != null) {
      all.add(
          "started_at < '" + LocalDate.parse(to).plusDays(1).atStartOfDay().minusHours(8) + "'");
    }
    String status = param(query, "status");
    if (status != null) {
      all.add("state = '" + status + "'");
    }
    String pile = param(query, "pile");
    if (pile != null) {
      all.add("pile_code = '" + pile + "'");
    }
    String orderNo = param(query, "orderNo");
    if (orderNo != null) {
      all.add("order_no = '" + orderNo + "'");
    }
    return String.join(" AND ", all);
  }

  static String param(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  static void explain(Statement sql, String query) throws SQLException {
    System.out.println("  " + query);
    try (ResultSet rows = sql.executeQuery("EXPLAIN " + query)) {
      while (rows.next()) {
        System.out.printf(
            "    type=%s key=%s key_len=%s rows=%s extra=%s possible=%s%n",
            rows.getString("type"),
            rows.getString("key"),
            rows.getString("key_len"),
            rows.getString("rows"),
            rows.getString("Extra"),
            rows.getString("possible_keys"));
      }
    }
  }
}
