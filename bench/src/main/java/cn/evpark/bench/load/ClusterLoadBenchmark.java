package cn.evpark.bench.load;

import cn.evpark.bench.MicroPlatform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load run of a cluster (issue 19): several platform instances on Payara Micro, one MariaDB
 * database, one data grid over loopback TCP (the README's production settings), and a {@link
 * PileFleet} process of simulated piles per instance, all on this machine.
 *
 * <p>It starts the first instance (which creates the schema), registers the piles, starts the
 * others together, and connects each fleet to its instance, {@code --ramp} piles a second per
 * fleet. Once the logins are worked off it measures over a window, per instance: heartbeat reply
 * latency at the piles, CPU per 1,000 piles, RSS. Then every pile of the last instance drops at
 * once and it measures how long until all are logged in again there. It prints one table per
 * instance and the storm's figures.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar cn.evpark.bench.load.ClusterLoadBenchmark \
 *     [--micro payara-config/target/evpark-micro] [--instances 3] [--piles 51000] [--ramp 2000]
 *     [--window 60]
 * </pre>
 */
public final class ClusterLoadBenchmark {

  static final String DATABASE = "bench_cluster";
  static final int HTTP_PORT = 18180;
  static final int YKC_PORT = 18867;
  static final int GRID_PORT = 18967;

  private final Path micro;
  private final int instances;
  private final int piles;
  private final int ramp;
  private final Duration window;
  private final List<MicroPlatform> platforms = new ArrayList<>();
  private final List<Fleet> fleets = new ArrayList<>();

  ClusterLoadBenchmark(Path micro, int instances, int piles, int ramp, Duration window) {
    this.micro = micro;
    this.instances = instances;
    this.piles = piles;
    this.ramp = ramp;
    this.window = window;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    new ClusterLoadBenchmark(
            Path.of(options.getOrDefault("--micro", "payara-config/target/evpark-micro")),
            Integer.parseInt(options.getOrDefault("--instances", "3")),
            Integer.parseInt(options.getOrDefault("--piles", "51000")),
            Integer.parseInt(options.getOrDefault("--ramp", "2000")),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("--window", "60"))))
        .run();
  }

  /** One instance's figures over the window. */
  record Figures(int piles, String heartbeat, long rssMb, double cpuPercentPer1000) {}

  void run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%d instances, %d piles, cores: %d, open files per process: %s%n",
        instances,
        piles,
        Runtime.getRuntime().availableProcessors(),
        LoadBenchmark.fileLimit());
    StringBuilder members = new StringBuilder();
    for (int n = 0; n < instances; n++) {
      members.append(n == 0 ? "" : ",").append("127.0.0.1:").append(GRID_PORT + n);
      platforms.add(
          new MicroPlatform(
              micro,
              DATABASE,
              HTTP_PORT + n,
              YKC_PORT + n,
              Path.of("bench", "target", "cluster", "instance-" + (n + 1))));
    }
    platforms.get(0).recreateDatabase();
    ExecutorService starting = Executors.newFixedThreadPool(instances);
    try {
      start(0, members.toString());
      LoadBenchmark.seedPiles(platforms.get(0), piles, 2);
      List<Future<?>> others = new ArrayList<>();
      for (int n = 1; n < instances; n++) {
        int instance = n;
        others.add(
            starting.submit(
                () -> {
                  start(instance, members.toString());
                  return null;
                }));
      }
      for (Future<?> other : others) {
        other.get();
      }
      long connecting = System.nanoTime();
      int share = piles / instances;
      for (int n = 0; n < instances; n++) {
        int count = n == instances - 1 ? piles - share * n : share;
        fleets.add(
            new Fleet(
                platforms.get(n).ykcPort(),
                LoadBenchmark.FIRST.plus((long) share * n).value(),
                count,
                ramp));
      }
      awaitAllConnected(Duration.ofMinutes(15));
      double connectSeconds = (System.nanoTime() - connecting) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%d piles logged in across %d instances after %.1f s (%.0f logins/s in all)%n",
          connected(),
          instances,
          connectSeconds,
          connected() / connectSeconds);
      awaitSettled();
      printFigures(measure());
      storm();
    } finally {
      for (Fleet fleet : fleets) {
        fleet.close();
      }
      for (MicroPlatform platform : platforms) {
        platform.stop();
      }
      starting.shutdownNow();
    }
  }

  void start(int n, String members) throws Exception {
    platforms
        .get(n)
        .start(
            Map.of(
                "YKC_CLUSTER_MEMBERS",
                members,
                "YKC_CLUSTER_NAME",
                "evpark-bench",
                "YKC_CLUSTER_PORT",
                String.valueOf(GRID_PORT + n),
                "YKC_CLUSTER_INTERFACE",
                "127.0.0.1",
                "YKC_INSTANCE_NAME",
                "instance-" + (n + 1)),
            "-Xms1536m -Xmx1536m -XX:+UseG1GC");
  }

  long connected() throws IOException {
    long sum = 0;
    for (Fleet fleet : fleets) {
      sum += Long.parseLong(fleet.ask("connected").split(" ")[1]);
    }
    return sum;
  }

  void awaitAllConnected(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (connected() < piles && System.nanoTime() < deadline) {
      Thread.sleep(1000);
    }
  }

  /** Waits until the instances spend less than a quarter of a core each on what logins brought. */
  void awaitSettled() throws Exception {
    Thread.sleep(LoadBenchmark.SETTLE_MIN.toMillis());
    long deadline = System.nanoTime() + LoadBenchmark.SETTLE_MAX.toNanos();
    while (System.nanoTime() < deadline) {
      long[] before = cpuTicks();
      Thread.sleep(LoadBenchmark.SETTLE_SAMPLE.toMillis());
      long[] after = cpuTicks();
      boolean settled = true;
      for (int n = 0; n < instances; n++) {
        double share =
            (after[n] - before[n])
                / (double) MicroPlatform.ticksPerSecond()
                / LoadBenchmark.SETTLE_SAMPLE.toSeconds();
        settled &= share < LoadBenchmark.SETTLED_CORE_SHARE;
      }
      if (settled) {
        return;
      }
    }
  }

  List<Figures> measure() throws Exception {
    for (Fleet fleet : fleets) {
      fleet.ask("reset");
    }
    long[] before = cpuTicks();
    long wallBefore = System.nanoTime();
    Thread.sleep(window.toMillis());
    long[] after = cpuTicks();
    double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
    List<Figures> figures = new ArrayList<>();
    for (int n = 0; n < instances; n++) {
      double cpuPercent =
          100.0 * (after[n] - before[n]) / MicroPlatform.ticksPerSecond() / wallSeconds;
      Fleet fleet = fleets.get(n);
      figures.add(
          new Figures(
              fleet.piles,
              fleet.ask("report"),
              platforms.get(n).rssMb(),
              cpuPercent / (fleet.piles / 1000.0)));
    }
    return figures;
  }

  void printFigures(List<Figures> figures) {
    System.out.println();
    System.out.println(
        "instance  piles   hb replies  hb p50 ms  hb p99 ms  hb max ms  unanswered  RSS MB"
            + "  CPU %/1000 piles  errors");
    for (int n = 0; n < figures.size(); n++) {
      Figures f = figures.get(n);
      String[] hb = f.heartbeat().split(" ");
      System.out.printf(
          Locale.ROOT,
          "%-9d %-7d %-11s %-10s %-10s %-10s %-11s %-7d %-17.2f %s%n",
          n + 1,
          f.piles(),
          hb[1],
          hb[2],
          hb[3],
          hb[4],
          hb[5],
          f.rssMb(),
          f.cpuPercentPer1000(),
          hb[6]);
    }
    System.out.println();
  }

  /** Drops every pile of the last instance at once; prints how long until all are back. */
  void storm() throws IOException {
    Fleet fleet = fleets.get(instances - 1);
    String[] relogged = fleet.ask("drop").split(" ");
    double seconds = Double.parseDouble(relogged[1]);
    System.out.printf(
        Locale.ROOT,
        "all %d piles of instance %d dropped at once: %s logged in again after %.1f s (%.0f"
            + " logins/s; reconnect back-off from 1 s)%n",
        fleet.piles,
        instances,
        relogged[2],
        seconds,
        fleet.piles / seconds);
  }

  long[] cpuTicks() throws IOException {
    long[] ticks = new long[instances];
    for (int n = 0; n < instances; n++) {
      ticks[n] = platforms.get(n).cpuTicks();
    }
    return ticks;
  }

  /** A {@link PileFleet} process and its command line. */
  static final class Fleet implements AutoCloseable {

    final int piles;
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    Fleet(int port, String firstCode, int piles, int ramp) throws IOException {
      this.piles = piles;
      this.process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx1g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  PileFleet.class.getName(),
                  "--port",
                  String.valueOf(port),
                  "--first-code",
                  firstCode,
                  "--piles",
                  String.valueOf(piles),
                  "--ramp",
                  String.valueOf(ramp))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      this.answers =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Sends one command and returns its answer line. */
    synchronized String ask(String command) throws IOException {
      commands.println(command);
      for (String line = answers.readLine(); line != null; line = answers.readLine()) {
        if (line.startsWith(PileFleet.ANSWER)) {
          return line.substring(PileFleet.ANSWER.length());
        }
      }
      throw new IOException("the pile fleet exited: " + process.exitValue());
    }

    @Override
    public void close() {
      commands.println("quit");
      process.destroy();
    }
  }
}
