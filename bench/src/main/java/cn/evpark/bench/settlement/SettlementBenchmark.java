package cn.evpark.bench.settlement;

import cn.evpark.bench.MicroPlatform;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.PileListener;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Settlement throughput end to end: simulated piles send transaction records (0x3B) as fast as the
 * platform acknowledges them (0x40), each pile keeping a window of records outstanding.
 *
 * <p>The platform runs on Payara Micro from the assembly's launcher, on a MariaDB database of its
 * own. Through the admin API the run registers an operator, a device model, a charging standard (平
 * 0.8 + 0.4 yuan/kWh all day), a station charging by it and the piles. Half of the records bill
 * sessions started by the app and paid from a wallet: those orders, their drivers and topped-up
 * wallets are written in SQL beforehand, as {@code CHARGING} orders with the platform's own
 * serials, so settling them debits the wallet and posts a ledger transaction; the other half are
 * offline sessions (the pile's own card list) that become new orders of no account. Every record is
 * 12.5 kWh at 平 for 15.0000 yuan, which the standard agrees with.
 *
 * <p>For each pile count it sends a warm-up (20,000 records by default: with fewer, the server's
 * JIT is still compiling the settlement path during the measured part), then the measured records,
 * and prints per step: acknowledged records per second over the measured records (first send to
 * last 0x40), the latency from writing a record to reading its 0x40, the CPU of the server and of
 * MariaDB, the database's statements, row-lock waits and log fsyncs per record (global MariaDB
 * counters: other clients of the same server count too), and the SQL check that every record
 * produced exactly one settled order and each paid one exactly one ledger transaction, with every
 * balance the sum of its entries. The machine's load average is printed beside them: other work on
 * the machine shows there.
 *
 * <pre>
 * mvn -B -o -pl payara-config,bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar cn.evpark.bench.settlement.SettlementBenchmark \
 *     [--micro payara-config/target/evpark-micro] [--piles 50,200] [--records 20000] \
 *     [--warmup 20000] [--window 4] [--paid 50] [--pool 32] [--deliveries 16]
 * </pre>
 *
 * {@code --pool} is the server's {@code YKC_DB_POOL_MAX}, {@code --deliveries} its {@code
 * ykc.max-concurrent-deliveries}; both are left at the launcher's defaults unless given. The
 * environment variable {@code BENCH_SERVER_OPTS} adds JVM options to the server's, e.g. {@code
 * -XX:StartFlightRecording=filename=settle.jfr,settings=profile} to see where its time goes.
 */
public final class SettlementBenchmark {

  static final PileCode FIRST = PileCode.of("32050000000001");
  static final String DATABASE = "bench_settlement";
  static final int HTTP_PORT = 18081;
  static final int YKC_PORT = 18768;
  static final BigDecimal WALLET = new BigDecimal("100000.00");
  static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  static final List<String> COUNTERS =
      List.of(
          "Com_select",
          "Com_insert",
          "Com_update",
          "Innodb_row_lock_waits",
          "Innodb_row_lock_time",
          "Innodb_data_fsyncs");

  private final MicroPlatform platform;
  private final List<Integer> steps;
  private final int records;
  private final int warmup;
  private final int window;
  private final int paidPercent;
  private final Map<String, String> environment;
  private long operatorId;
  private long stationId;

  SettlementBenchmark(
      Path micro,
      List<Integer> steps,
      int records,
      int warmup,
      int window,
      int paidPercent,
      Map<String, String> environment) {
    this.platform =
        new MicroPlatform(
            micro, DATABASE, HTTP_PORT, YKC_PORT, Path.of("bench", "target", "settlement"));
    this.steps = steps;
    this.records = records;
    this.warmup = warmup;
    this.window = window;
    this.paidPercent = paidPercent;
    this.environment = environment;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    List<Integer> steps =
        Arrays.stream(options.getOrDefault("--piles", "50,200").split(","))
            .map(s -> Integer.parseInt(s.trim()))
            .toList();
    Map<String, String> environment = new LinkedHashMap<>();
    if (options.containsKey("--pool")) {
      environment.put("YKC_DB_POOL_MAX", options.get("--pool"));
    }
    if (options.containsKey("--deliveries")) {
      environment.put("YKC_MAX_CONCURRENT_DELIVERIES", options.get("--deliveries"));
    }
    new SettlementBenchmark(
            Path.of(options.getOrDefault("--micro", "payara-config/target/evpark-micro")),
            steps,
            Integer.parseInt(options.getOrDefault("--records", "20000")),
            Integer.parseInt(options.getOrDefault("--warmup", "20000")),
            Integer.parseInt(options.getOrDefault("--window", "4")),
            Integer.parseInt(options.getOrDefault("--paid", "50")),
            environment)
        .run();
  }

  /** One step's figures. */
  record Step(
      int piles,
      int records,
      double seconds,
      double perSecond,
      double p50,
      double p99,
      double max,
      double serverCpu,
      double databaseCpu,
      Map<String, Double> perRecord,
      long unacknowledged,
      double load,
      String check) {}

  /** The records one pile sends in one step, warm-up first. */
  record PilePlan(VirtualPile pile, List<TransactionRecord> warmup, List<TransactionRecord> run) {}

  void run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "cores: %d, server env: %s, window %d records per pile, %d %% of records paid from a"
            + " wallet%n",
        Runtime.getRuntime().availableProcessors(),
        environment.isEmpty() ? "launcher defaults" : environment,
        window,
        paidPercent);
    int most = steps.stream().mapToInt(Integer::intValue).max().orElseThrow();
    platform.recreateDatabase();
    platform.start(
        environment,
        "-Xms2g -Xmx2g -XX:+UseG1GC " + System.getenv().getOrDefault("BENCH_SERVER_OPTS", ""));
    try {
      register(most);
      List<Step> results = new ArrayList<>();
      try (Simulator simulator = connected(most)) {
        List<VirtualPile> piles = simulator.piles();
        Map<VirtualPile, Feeder> feeders = new HashMap<>();
        long nextOrderId = 1;
        long paidSoFar = 0;
        long recordsSoFar = 0;
        for (int s = 0; s < steps.size(); s++) {
          int count = steps.get(s);
          // above every id the platform has handed out for the offline orders so far
          nextOrderId =
              Math.max(
                  nextOrderId,
                  platform.single(
                          "SELECT next_value FROM id_sequence WHERE name = 'charging_order'")
                      + 1);
          List<PilePlan> plans = new ArrayList<>();
          List<TransactionRecord> paid = new ArrayList<>();
          for (int p = 0; p < count; p++) {
            List<TransactionRecord> pileWarmup = new ArrayList<>();
            List<TransactionRecord> pileRun = new ArrayList<>();
            int total = share(warmup, count, p) + share(records, count, p);
            for (int i = 0; i < total; i++) {
              TransactionRecord record;
              if ((i + 1) * paidPercent / 100 > i * paidPercent / 100) {
                record = appRecord(piles.get(p).code(), nextOrderId++);
                paid.add(record);
              } else {
                record = offlineRecord(piles.get(p).code(), s, i);
              }
              (i < share(warmup, count, p) ? pileWarmup : pileRun).add(record);
            }
            plans.add(new PilePlan(piles.get(p), pileWarmup, pileRun));
          }
          seedAppOrders(paid, most);
          paidSoFar += paid.size();
          recordsSoFar += warmup + records;

          Phase warm = phase(plans, feeders, true);
          if (!warm.done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("warm-up records not acknowledged within 10 min");
          }
          Map<String, Long> before = counters();
          long serverCpu = platform.cpuTicks();
          long dbPid = MicroPlatform.databasePid();
          long dbCpu = dbPid > 0 ? MicroPlatform.cpuTicks(dbPid) : 0;
          Phase measured = phase(plans, feeders, false);
          boolean complete = measured.done.await(20, TimeUnit.MINUTES);
          long end = complete ? measured.lastAck.get() : System.nanoTime();
          double seconds = (end - measured.start) / 1e9;
          serverCpu = platform.cpuTicks() - serverCpu;
          dbCpu = dbPid > 0 ? MicroPlatform.cpuTicks(dbPid) - dbCpu : -1;
          Map<String, Long> after = counters();
          Map<String, Double> perRecord = new LinkedHashMap<>();
          for (String counter : COUNTERS) {
            perRecord.put(
                counter,
                (after.getOrDefault(counter, 0L) - before.getOrDefault(counter, 0L))
                    / (double) measured.total);
          }
          long[] samples = measured.samples();
          Arrays.sort(samples);
          results.add(
              new Step(
                  count,
                  measured.total,
                  seconds,
                  measured.acked.get() / seconds,
                  percentile(samples, 0.50),
                  percentile(samples, 0.99),
                  samples.length == 0 ? 0 : samples[samples.length - 1] / 1e6,
                  100.0 * serverCpu / MicroPlatform.ticksPerSecond() / seconds,
                  dbCpu < 0 ? -1 : 100.0 * dbCpu / MicroPlatform.ticksPerSecond() / seconds,
                  perRecord,
                  measured.total - measured.acked.get(),
                  MicroPlatform.loadAverage(),
                  complete ? check(recordsSoFar, paidSoFar, most) : "incomplete"));
          print(results);
        }
      }
    } finally {
      platform.stop();
    }
  }

  /** Piles {@code p}'s part of {@code total} records spread over {@code piles}. */
  static int share(int total, int piles, int p) {
    return total / piles + (p < total % piles ? 1 : 0);
  }

  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  // ---------------------------------------------------------------- driving the piles

  /** Sends every pile's warm-up or measured records, each pile keeping its window full. */
  Phase phase(List<PilePlan> plans, Map<VirtualPile, Feeder> feeders, boolean warm) {
    int total = plans.stream().mapToInt(p -> (warm ? p.warmup() : p.run()).size()).sum();
    Phase phase = new Phase(total);
    for (PilePlan plan : plans) {
      Feeder feeder =
          feeders.computeIfAbsent(
              plan.pile(),
              pile -> {
                Feeder added = new Feeder(pile, window);
                pile.addListener(added);
                return added;
              });
      feeder.begin(warm ? plan.warmup() : plan.run(), phase);
    }
    return phase;
  }

  /** The records of one phase: when it started, each record's latency, when the last was acked. */
  static final class Phase {
    final int total;
    final long start = System.nanoTime();
    final long[] latencies;
    final AtomicInteger acked = new AtomicInteger();
    final AtomicLong lastAck = new AtomicLong();
    final CountDownLatch done = new CountDownLatch(1);

    Phase(int total) {
      this.total = total;
      this.latencies = new long[total];
      if (total == 0) {
        done.countDown();
      }
    }

    void acknowledged(long nanos) {
      int n = acked.getAndIncrement();
      if (n < total) {
        latencies[n] = nanos;
      }
      if (n + 1 == total) {
        lastAck.set(System.nanoTime());
        done.countDown();
      }
    }

    long[] samples() {
      return Arrays.copyOf(latencies, Math.min(acked.get(), total));
    }
  }

  /**
   * Keeps one pile's window of records outstanding: sends the next record when one is acknowledged.
   * Its callbacks run on the pile's event loop, {@link #begin} on the caller's thread, hence the
   * lock.
   */
  static final class Feeder implements PileListener {
    private final VirtualPile pile;
    private final int window;
    private final ArrayDeque<TransactionRecord> queue = new ArrayDeque<>();
    private final Map<TransactionSerial, Long> sentAt = new HashMap<>();
    private Phase phase;
    private int inFlight;

    Feeder(VirtualPile pile, int window) {
      this.pile = pile;
      this.window = window;
    }

    synchronized void begin(List<TransactionRecord> records, Phase next) {
      queue.addAll(records);
      phase = next;
      fill();
    }

    private synchronized void fill() {
      while (inFlight < window && !queue.isEmpty()) {
        inFlight++;
        pile.send(queue.poll());
      }
    }

    @Override
    public synchronized void sent(VirtualPile p, YkcFrame frame) {
      if (frame.message() instanceof TransactionRecord record) {
        sentAt.put(record.transactionSerial(), System.nanoTime());
      }
    }

    @Override
    public void received(VirtualPile p, YkcFrame frame) {
      if (frame.message() instanceof TransactionRecordAck ack) {
        Long sent;
        Phase current;
        synchronized (this) {
          sent = sentAt.remove(ack.transactionSerial());
          if (sent == null) {
            return;
          }
          inFlight--;
          current = phase;
        }
        current.acknowledged(System.nanoTime() - sent);
        fill();
      }
    }
  }

  // ---------------------------------------------------------------- records

  /** A session the app started (the order seeded CHARGING), billed 12.5 kWh at 平 = 15.00. */
  static TransactionRecord appRecord(PileCode pile, long orderId) {
    return record(
        TransactionSerial.of(pile.value() + String.format("01%016d", orderId)),
        pile,
        TransactionType.APP);
  }

  /** A session the platform never started (the pile's local card list). */
  static TransactionRecord offlineRecord(PileCode pile, int step, int n) {
    return record(
        TransactionSerial.of(pile.value() + String.format("9%d%016d", step, n)),
        pile,
        TransactionType.OFFLINE_CARD);
  }

  static TransactionRecord record(TransactionSerial serial, PileCode pile, TransactionType type) {
    LocalDateTime start = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusHours(1);
    TierUsage flat =
        new TierUsage(
            new BigDecimal("1.20000"),
            new BigDecimal("12.5000"),
            new BigDecimal("12.5000"),
            new BigDecimal("15.0000"));
    return new TransactionRecord(
        serial,
        pile,
        1,
        Cp56Time2a.of(start),
        Cp56Time2a.of(start.plusMinutes(45)),
        TierUsage.NONE,
        TierUsage.NONE,
        flat,
        TierUsage.NONE,
        new BigDecimal("1000.0000"),
        new BigDecimal("1012.5000"),
        new BigDecimal("12.5000"),
        new BigDecimal("12.5000"),
        new BigDecimal("15.0000"),
        "",
        Code.of(type),
        Cp56Time2a.of(start.plusMinutes(46)),
        StopReason.SOC_FULL,
        PhysicalCardNumber.NONE);
  }

  // ---------------------------------------------------------------- the platform's data

  /** Registers the operator, station (charging by a standard) and piles through the admin API. */
  void register(int piles) throws Exception {
    operatorId =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin("POST", "/api/admin/operators", "{\"name\":\"压测结算运营商\"}"), "id"));
    long model =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin(
                    "POST",
                    "/api/admin/device-models",
                    "{\"protocol\":\"YKC\",\"name\":\"压测直流桩\",\"kind\":\"DC\",\"gunCount\":1,"
                        + "\"ratedPowerKw\":60}"),
                "id"));
    long standard =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin(
                    "POST",
                    "/api/admin/tariff/charging-standards",
                    "{\"operatorId\":"
                        + operatorId
                        + ",\"name\":\"压测平价\",\"segments\":[{\"rateType\":\"FLAT\","
                        + "\"start\":\"00:00\",\"end\":\"24:00\",\"electricity\":0.8,"
                        + "\"service\":0.4}]}"),
                "id"));
    stationId =
        Long.parseLong(
            MicroPlatform.field(
                platform.admin(
                    "POST",
                    "/api/admin/stations",
                    "{\"operatorId\":"
                        + operatorId
                        + ",\"name\":\"压测结算电站\",\"provinceCode\":\"310000\","
                        + "\"cityCode\":\"310100\",\"districtCode\":\"310101\","
                        + "\"address\":\"延安东路618号\",\"latitude\":31.230416,"
                        + "\"longitude\":121.473701,\"scenario\":\"PUBLIC_PARKING\","
                        + "\"contactPhone\":\"13800138000\"}"),
                "id"));
    platform.admin(
        "PUT",
        "/api/admin/tariff/stations/" + stationId + "/charging",
        "{\"standardId\":" + standard + ",\"free\":false}");
    for (int i = 0; i < piles; i++) {
      platform.admin(
          "POST",
          "/api/admin/piles",
          "{\"stationId\":"
              + stationId
              + ",\"deviceModelId\":"
              + model
              + ",\"code\":\""
              + FIRST.plus(i).value()
              + "\",\"minStartAmount\":2.00,\"enabled\":true}");
    }
  }

  /**
   * Writes the app-started orders the records bill, {@code CHARGING}, each paid by the wallet of
   * its pile's driver (one driver per pile, topped up by a staff top-up the first time), and moves
   * the order id sequence past them.
   */
  void seedAppOrders(List<TransactionRecord> paid, int piles) throws SQLException {
    try (Connection db = platform.connect()) {
      db.setAutoCommit(false);
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      Map<String, long[]> drivers = drivers(db, piles, now);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO charging_order (id, order_no, operator_id, station_id, pile_code, gun,"
                  + " transaction_serial, charging_type, driver_id, account_id, start_balance,"
                  + " state, started_at, billing_difference, created_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, 1, ?, 'APP', ?, ?, ?, 'CHARGING', ?, FALSE, ?, 0)")) {
        String day = now.plusHours(8).format(ORDER_DATE);
        long last = 0;
        for (TransactionRecord record : paid) {
          String serial = record.transactionSerial().value();
          long id = Long.parseLong(serial.substring(16));
          long[] driver = drivers.get(record.pileCode().value());
          insert.setLong(1, id);
          insert.setString(2, day + String.format("%010d", id));
          insert.setLong(3, operatorId);
          insert.setLong(4, stationId);
          insert.setString(5, record.pileCode().value());
          insert.setString(6, serial);
          insert.setLong(7, driver[0]);
          insert.setLong(8, driver[1]);
          insert.setBigDecimal(9, WALLET);
          // started minutes ago: not yet silent long enough for the abnormal-order sweep
          insert.setTimestamp(10, Timestamp.valueOf(now.minusMinutes(5)));
          insert.setTimestamp(11, Timestamp.valueOf(now.minusMinutes(5)));
          insert.addBatch();
          last = Math.max(last, id);
        }
        insert.executeBatch();
        try (Statement sql = db.createStatement()) {
          sql.execute(
              "UPDATE id_sequence SET next_value = GREATEST(next_value, "
                  + (last / 1000 + 1) * 1000
                  + ") WHERE name = 'charging_order'");
        }
      }
      db.commit();
    }
  }

  /** Each pile's driver and wallet id, opened and topped up the first time. */
  Map<String, long[]> drivers(Connection db, int piles, LocalDateTime now) throws SQLException {
    Map<String, long[]> drivers = new HashMap<>();
    Timestamp at = Timestamp.valueOf(now.withNano(0));
    try (Statement sql = db.createStatement()) {
      try (ResultSet known = sql.executeQuery("SELECT COUNT(*) FROM driver")) {
        known.next();
        if (known.getLong(1) == 0) {
          sql.execute(
              "INSERT INTO ledger_account (operator_id, kind, holder_id, balance, created_at)"
                  + " VALUES ("
                  + operatorId
                  + ", 'CASH_CLEARING', 0, "
                  + WALLET.multiply(BigDecimal.valueOf(piles)).negate()
                  + ", '"
                  + at
                  + "')");
          long cash = lastId(sql);
          for (int p = 0; p < piles; p++) {
            sql.execute(
                "INSERT INTO driver (phone, created_at, version) VALUES ('139"
                    + String.format("%08d", p)
                    + "', '"
                    + at
                    + "', 0)");
            long driver = lastId(sql);
            sql.execute(
                "INSERT INTO ledger_account (operator_id, kind, holder_id, balance, created_at)"
                    + " VALUES ("
                    + operatorId
                    + ", 'WALLET', "
                    + driver
                    + ", "
                    + WALLET
                    + ", '"
                    + at
                    + "')");
            long wallet = lastId(sql);
            sql.execute(
                "INSERT INTO ledger_transaction (idempotency_key, kind, operator_id, reason,"
                    + " posted_by, posted_at) VALUES ('staff-top-up:bench-"
                    + driver
                    + "', 'STAFF_TOP_UP', "
                    + operatorId
                    + ", 'bench', 'admin', '"
                    + at
                    + "')");
            long transaction = lastId(sql);
            sql.execute(
                "INSERT INTO ledger_entry (transaction_id, account_id, amount, balance_after)"
                    + " VALUES ("
                    + transaction
                    + ", "
                    + wallet
                    + ", "
                    + WALLET
                    + ", "
                    + WALLET
                    + "), ("
                    + transaction
                    + ", "
                    + cash
                    + ", "
                    + WALLET.negate()
                    + ", "
                    + WALLET.multiply(BigDecimal.valueOf(p + 1)).negate()
                    + ")");
          }
        }
      }
      // the platform takes ledger ids from id_sequence: past the rows written here
      for (String table : List.of("ledger_transaction", "ledger_entry")) {
        sql.execute(
            "UPDATE id_sequence SET next_value = GREATEST(next_value, (SELECT COALESCE(MAX(id), 0)"
                + " FROM "
                + table
                + ")) WHERE name = '"
                + table
                + "'");
      }
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT d.phone, d.id, a.id FROM driver d JOIN ledger_account a"
                  + " ON a.holder_id = d.id AND a.kind = 'WALLET' ORDER BY d.phone")) {
        int p = 0;
        while (rows.next()) {
          drivers.put(FIRST.plus(p++).value(), new long[] {rows.getLong(2), rows.getLong(3)});
        }
      }
    }
    return drivers;
  }

  static long lastId(Statement sql) throws SQLException {
    try (ResultSet id = sql.executeQuery("SELECT LAST_INSERT_ID()")) {
      id.next();
      return id.getLong(1);
    }
  }

  /** MariaDB's global counters of {@link #COUNTERS}. */
  Map<String, Long> counters() throws SQLException {
    Map<String, Long> values = new HashMap<>();
    try (Connection db = platform.connect();
        Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SHOW GLOBAL STATUS")) {
      while (rows.next()) {
        if (COUNTERS.contains(rows.getString(1))) {
          values.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return values;
  }

  /**
   * Checks in SQL what the records did so far: each produced exactly one settled order, each paid
   * order exactly one ledger transaction of three entries, every transaction sums to zero, every
   * balance is the sum of its entries, and the wallets lost exactly what the orders say they paid.
   *
   * @return "ok" or what failed
   */
  String check(long records, long paid, int piles) throws SQLException {
    Map<String, String> failures = new LinkedHashMap<>();
    expect(failures, "records", "SELECT COUNT(*) FROM pile_transaction_record", records);
    expect(
        failures,
        "records unsettled or re-sent",
        "SELECT COUNT(*) FROM pile_transaction_record WHERE NOT settled OR copies_received <> 1",
        0);
    expect(
        failures,
        "settled orders",
        "SELECT COUNT(*) FROM charging_order WHERE state = 'SETTLED'",
        records);
    expect(
        failures,
        "records without exactly one settled order",
        "SELECT COUNT(*) FROM pile_transaction_record r WHERE (SELECT COUNT(*) FROM charging_order o"
            + " WHERE o.pile_code = r.pile_code AND o.transaction_serial = r.transaction_serial"
            + " AND o.state = 'SETTLED' AND o.record_id = r.id) <> 1",
        0);
    expect(
        failures,
        "orders priced other than 15.00 or flagged",
        "SELECT COUNT(*) FROM charging_order WHERE state = 'SETTLED'"
            + " AND (total_amount <> 15.00 OR billing_difference)",
        0);
    expect(
        failures,
        "settlement transactions",
        "SELECT COUNT(*) FROM ledger_transaction WHERE kind = 'CHARGING_SETTLEMENT'",
        paid);
    expect(
        failures,
        "paid orders without exactly one settlement transaction",
        "SELECT COUNT(*) FROM charging_order o WHERE o.account_id IS NOT NULL"
            + " AND o.state = 'SETTLED' AND (SELECT COUNT(*) FROM ledger_transaction t"
            + " WHERE t.idempotency_key = CONCAT('settlement:', o.pile_code, ':',"
            + " o.transaction_serial)) <> 1",
        0);
    expect(
        failures,
        "settlement transactions not of 3 entries",
        "SELECT COUNT(*) FROM ledger_transaction t WHERE t.kind = 'CHARGING_SETTLEMENT'"
            + " AND (SELECT COUNT(*) FROM ledger_entry e WHERE e.transaction_id = t.id) <> 3",
        0);
    expect(
        failures,
        "transactions not summing to zero",
        "SELECT COUNT(*) FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id"
            + " HAVING SUM(amount) <> 0) t",
        0);
    expect(
        failures,
        "balances not the sum of entries",
        "SELECT COUNT(*) FROM ledger_account a WHERE a.balance <> (SELECT COALESCE(SUM(e.amount),"
            + " 0) FROM ledger_entry e WHERE e.account_id = a.id)",
        0);
    expect(
        failures,
        "wallet yuan debited beyond the orders' paid amounts",
        "SELECT ROUND("
            + WALLET.multiply(BigDecimal.valueOf(piles))
            + " - (SELECT SUM(balance) FROM ledger_account WHERE kind = 'WALLET')"
            + " - (SELECT COALESCE(SUM(paid_amount), 0) FROM charging_order"
            + " WHERE account_id IS NOT NULL AND state = 'SETTLED'))",
        0);
    return failures.isEmpty() ? "ok" : failures.toString();
  }

  void expect(Map<String, String> failures, String what, String sql, long expected)
      throws SQLException {
    long actual = platform.single(sql);
    if (actual != expected) {
      failures.put(what, actual + " (expected " + expected + ")");
    }
  }

  /** Connects the piles (1 gun each) and waits until each is logged in and holds its model. */
  Simulator connected(int piles) throws Exception {
    Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(YKC_PORT)
                .guns(1)
                .heartbeatInterval(Duration.ofSeconds(10))
                .replyTimeout(Duration.ofSeconds(30))
                .reconnect(Duration.ofSeconds(1), Duration.ofSeconds(10))
                .ioThreads(1)
                .keepReceivedFrames(false)
                .build());
    List<VirtualPile> added = simulator.addPiles(FIRST, piles);
    for (VirtualPile pile : added) {
      pile.connect();
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    for (VirtualPile pile : added) {
      while (pile.billingModel().toCompletableFuture().get().isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(pile + " got no billing model within 3 min");
        }
        Thread.sleep(100);
      }
    }
    return simulator;
  }

  void print(List<Step> results) {
    System.out.println();
    System.out.println(
        "piles  records  seconds  records/s  ack p50 ms  ack p99 ms  ack max ms  server CPU %"
            + "  MariaDB CPU %  selects/rec  inserts/rec  updates/rec  lock waits/rec"
            + "  lock ms/rec  fsyncs/rec  unacked  load 1m  check");
    for (Step s : results) {
      Map<String, Double> r = s.perRecord();
      System.out.printf(
          Locale.ROOT,
          "%-6d %-8d %-8.1f %-10.0f %-11.1f %-11.1f %-11.1f %-12.0f %-14.0f %-12.1f %-12.1f"
              + " %-12.1f %-15.3f %-12.2f %-11.2f %-8d %-8.1f %s%n",
          s.piles(),
          s.records(),
          s.seconds(),
          s.perSecond(),
          s.p50(),
          s.p99(),
          s.max(),
          s.serverCpu(),
          s.databaseCpu(),
          r.get("Com_select"),
          r.get("Com_insert"),
          r.get("Com_update"),
          r.get("Innodb_row_lock_waits"),
          r.get("Innodb_row_lock_time"),
          r.get("Innodb_data_fsyncs"),
          s.unacknowledged(),
          s.load(),
          s.check());
    }
    System.out.println();
  }
}
