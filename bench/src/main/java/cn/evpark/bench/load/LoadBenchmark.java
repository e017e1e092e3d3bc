package cn.evpark.bench.load;

import cn.evpark.bench.MicroPlatform;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.simulator.LatencySummary;
import cn.evpark.ykc.simulator.LoadReport;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load run of the YKC server: the platform on Payara Micro (its own JVM, started from the
 * assembly's launcher, on MariaDB) and simulated piles (this JVM) on one machine.
 *
 * <p>For each step it connects that many piles (2 guns, heartbeats every 10 s), waits until the
 * server has worked off the logins (its CPU below a quarter of a core), then measures over a
 * window: heartbeat reply latency percentiles at the piles, the server's RSS and heap, its CPU time
 * per 1,000 piles. At the largest step that holds, every pile drops at once and it measures how
 * long until all are logged in again. It prints one table.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar cn.evpark.bench.load.LoadBenchmark \
 *     [--micro payara-config/target/evpark-micro] [--steps 5000,10000,15000,19000] [--window 60]
 * </pre>
 */
public final class LoadBenchmark {

  static final PileCode FIRST = PileCode.of("32030000000001");
  static final String DATABASE = "bench_ykc";
  static final int HTTP_PORT = 18080;
  static final int YKC_PORT = 18767;
  static final double P99_LIMIT_MS = 20;
  static final Duration SETTLE_MIN = Duration.ofSeconds(20);
  static final Duration SETTLE_SAMPLE = Duration.ofSeconds(5);
  static final Duration SETTLE_MAX = Duration.ofMinutes(5);
  static final double SETTLED_CORE_SHARE = 0.25;

  private final List<Integer> steps;
  private final Duration window;
  private final int guns;
  private final int sources;
  private final MicroPlatform platform;

  LoadBenchmark(Path micro, List<Integer> steps, Duration window, int guns, int sources) {
    this.steps = steps;
    this.window = window;
    this.guns = guns;
    this.sources = sources;
    this.platform =
        new MicroPlatform(micro, DATABASE, HTTP_PORT, YKC_PORT, Path.of("bench", "target", "load"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    List<Integer> steps = new ArrayList<>();
    for (String step : options.getOrDefault("--steps", "5000,10000,15000,19000").split(",")) {
      steps.add(Integer.parseInt(step.trim()));
    }
    new LoadBenchmark(
            Path.of(options.getOrDefault("--micro", "payara-config/target/evpark-micro")),
            steps,
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("--window", "60"))),
            Integer.parseInt(options.getOrDefault("--guns", "2")),
            Integer.parseInt(options.getOrDefault("--sources", "8")))
        .run();
  }

  /** One step's figures. */
  record Step(
      int piles,
      int connected,
      double connectSeconds,
      double settleSeconds,
      LatencySummary heartbeat,
      long unansweredHeartbeats,
      long rssMb,
      long heapUsedMb,
      double cpuPercentPer1000,
      LatencySummary login,
      Map<String, Long> errors) {

    boolean holds() {
      return connected == piles && heartbeat != null && heartbeat.p99() < P99_LIMIT_MS;
    }
  }

  void run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "open files: %s (soft/hard limit of this shell), cores: %d%n",
        fileLimit(),
        Runtime.getRuntime().availableProcessors());
    int most = steps.stream().mapToInt(Integer::intValue).max().orElseThrow();
    platform.recreateDatabase();
    startServer();
    try {
      seedPiles(platform, most, guns);
      List<Step> results = new ArrayList<>();
      Step largest = null;
      for (int piles : steps) {
        Step step = step(piles);
        results.add(step);
        print(results);
        if (step.holds()) {
          largest = step;
        } else {
          break;
        }
      }
      if (largest != null) {
        System.out.printf(
            Locale.ROOT,
            "largest step held: %d piles, heartbeat p99 %.2f ms < %.0f ms%n",
            largest.piles(),
            largest.heartbeat().p99(),
            P99_LIMIT_MS);
        relogin(largest.piles());
      }
    } finally {
      stopServer();
    }
  }

  /** A simulator of the run's piles, connected at about 2,000 a second. */
  Simulator connected(int piles) throws InterruptedException {
    Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(YKC_PORT)
                .guns(guns)
                .heartbeatInterval(Duration.ofSeconds(10))
                .replyTimeout(Duration.ofSeconds(10))
                .reconnect(Duration.ofSeconds(1), Duration.ofSeconds(10))
                .sourceAddresses(SimulatorConfig.loopbackAddresses(sources))
                .ioThreads(2)
                .keepReceivedFrames(false)
                .build());
    List<VirtualPile> added = simulator.addPiles(FIRST, piles);
    for (int i = 0; i < added.size(); i++) {
      added.get(i).connect();
      if (i % 500 == 499) {
        Thread.sleep(250);
      }
    }
    awaitConnected(simulator, piles, Duration.ofMinutes(5));
    return simulator;
  }

  Step step(int piles) throws Exception {
    long start = System.nanoTime();
    try (Simulator simulator = connected(piles)) {
      double connectSeconds = (System.nanoTime() - start) / 1e9;
      LatencySummary login = simulator.report().latency().get(FrameType.LOGIN);
      double settleSeconds = awaitSettled();
      simulator.resetStats();
      long cpuBefore = serverCpuTicks();
      long wallBefore = System.nanoTime();
      Thread.sleep(window.toMillis());
      long cpuTicks = serverCpuTicks() - cpuBefore;
      double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
      LoadReport report = simulator.report();
      double cpuPercent = 100.0 * cpuTicks / ticksPerSecond() / wallSeconds;
      return new Step(
          piles,
          report.connected(),
          connectSeconds,
          settleSeconds,
          report.latency().get(FrameType.HEARTBEAT),
          report.unanswered().getOrDefault(FrameType.HEARTBEAT, 0L),
          serverRssMb(),
          serverHeapUsedMb(),
          cpuPercent / (piles / 1000.0),
          login,
          report.errors());
    }
  }

  void relogin(int piles) throws Exception {
    try (Simulator simulator = connected(piles)) {
      List<VirtualPile> added = simulator.piles();
      Thread.sleep(15_000);
      long dropped = System.nanoTime();
      added.forEach(VirtualPile::drop);
      awaitDisconnected(simulator, Duration.ofMinutes(1));
      awaitConnected(simulator, piles, Duration.ofMinutes(10));
      System.out.printf(
          Locale.ROOT,
          "all %d piles dropped at once: logged in again after %.1f s (reconnect back-off from"
              + " 1 s)%n",
          piles,
          (System.nanoTime() - dropped) / 1e9);
    }
  }

  /**
   * Waits until the server has worked off what the logins brought (sessions recorded, 运营状态 and
   * clock sent, billing models verified): at least {@link #SETTLE_MIN}, then until it spends less
   * than {@link #SETTLED_CORE_SHARE} of a core over {@link #SETTLE_SAMPLE}, at most {@link
   * #SETTLE_MAX}. Returns the seconds waited.
   */
  double awaitSettled() throws Exception {
    long start = System.nanoTime();
    Thread.sleep(SETTLE_MIN.toMillis());
    while (System.nanoTime() - start < SETTLE_MAX.toNanos()) {
      long ticks = serverCpuTicks();
      Thread.sleep(SETTLE_SAMPLE.toMillis());
      double coreShare =
          (serverCpuTicks() - ticks) / (double) ticksPerSecond() / SETTLE_SAMPLE.toSeconds();
      if (coreShare < SETTLED_CORE_SHARE) {
        break;
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static void awaitConnected(Simulator simulator, int piles, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (simulator.report().connected() < piles && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  static void awaitDisconnected(Simulator simulator, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (simulator.report().connected() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  void print(List<Step> results) {
    System.out.println();
    System.out.println(
        "piles   connected  connect s  settle s  login p50 ms  login p99 ms  hb replies  hb p50 ms"
            + "  hb p99 ms  hb max ms  unanswered  RSS MB  heap MB  CPU %/1000 piles  errors");
    for (Step s : results) {
      LatencySummary hb = s.heartbeat();
      System.out.printf(
          Locale.ROOT,
          "%-7d %-10d %-10.1f %-9.1f %-13.1f %-13.1f %-11d %-10.2f %-10.2f %-10.2f %-11d %-7d %-8d"
              + " %-17.2f %s%n",
          s.piles(),
          s.connected(),
          s.connectSeconds(),
          s.settleSeconds(),
          s.login() == null ? 0 : s.login().p50(),
          s.login() == null ? 0 : s.login().p99(),
          hb == null ? 0 : hb.count(),
          hb == null ? 0 : hb.p50(),
          hb == null ? 0 : hb.p99(),
          hb == null ? 0 : hb.max(),
          s.unansweredHeartbeats(),
          s.rssMb(),
          s.heapUsedMb(),
          s.cpuPercentPer1000(),
          s.errors().isEmpty() ? "none" : s.errors());
    }
    System.out.println();
  }

  // ---------------------------------------------------------------- the server

  void startServer() throws Exception {
    platform.start(Map.of(), "-Xms2g -Xmx2g -XX:+UseG1GC");
  }

  void stopServer() throws InterruptedException {
    platform.stop();
  }

  /**
   * Registers {@code count} piles from {@link #FIRST} at one free station, straight into the
   * platform's database.
   */
  static void seedPiles(MicroPlatform platform, int count, int guns) throws SQLException {
    try (Connection db = platform.connect()) {
      db.setAutoCommit(false);
      long station;
      try (Statement sql = db.createStatement()) {
        sql.execute("INSERT INTO operator (name, created_at) VALUES ('压测运营商', NOW(6))");
        sql.execute(
            "INSERT INTO station (operator_id, name, address, created_at)"
                + " SELECT id, '压测电站', '压测', NOW(6) FROM operator WHERE name = '压测运营商'");
        try (ResultSet id = sql.executeQuery("SELECT id FROM station WHERE name = '压测电站'")) {
          id.next();
          station = id.getLong(1);
        }
        // A free station: its piles get a billing model (and stop asking for one).
        sql.execute(
            "INSERT INTO station_tariff (station_id, charging_free, reservation_published,"
                + " occupancy_effective, updated_at) VALUES ("
                + station
                + ", TRUE, FALSE, FALSE, NOW(6))");
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO pile (station_id, code, kind, gun_count, enabled, created_at)"
                  + " VALUES (?, ?, 'DC', ?, TRUE, NOW(6))")) {
        for (int i = 0; i < count; i++) {
          insert.setLong(1, station);
          insert.setString(2, FIRST.plus(i).value());
          insert.setInt(3, guns);
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      db.commit();
    }
  }

  long serverHeapUsedMb() throws IOException, InterruptedException {
    return platform.heapUsedMb();
  }

  long serverRssMb() throws IOException {
    return platform.rssMb();
  }

  long serverCpuTicks() throws IOException {
    return platform.cpuTicks();
  }

  static long ticksPerSecond() {
    return MicroPlatform.ticksPerSecond();
  }

  static String fileLimit() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          String[] parts = line.trim().split("\\s+");
          return parts[3] + "/" + parts[4];
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }
}
