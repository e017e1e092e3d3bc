package cn.evpark.bench.load;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.simulator.LatencySummary;
import cn.evpark.ykc.simulator.LoadReport;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Simulated piles of one platform instance, in a process of their own: a process holds at most
 * about 19,000 connections under this machine's open-file limit, so {@link ClusterLoadBenchmark}
 * starts one fleet per instance. It connects its piles (2 guns, heartbeats every 10 s, {@code
 * --ramp} a second, 2,000 by default) and then answers commands read from standard input, one line
 * each, with a line that starts with {@value #ANSWER}:
 *
 * <ul>
 *   <li>{@code connected}: {@code connected <piles logged in>};
 *   <li>{@code reset}: forgets the latencies so far; {@code ok};
 *   <li>{@code report}: {@code heartbeat <count> <p50 ms> <p99 ms> <max ms> <unanswered> <errors>};
 *   <li>{@code drop}: drops every connection at once and waits until all piles are logged in again;
 *       {@code relogged <seconds> <piles logged in>};
 *   <li>{@code quit}.
 * </ul>
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar cn.evpark.bench.load.PileFleet \
 *     --port 18767 --first-code 32030000000001 --piles 17000 [--ramp 2000]
 * </pre>
 */
public final class PileFleet {

  /**
   * What starts each answer line, so that nothing else written to standard output is read as one.
   */
  static final String ANSWER = "> ";

  private PileFleet() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    int piles = Integer.parseInt(options.get("--piles"));
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(Integer.parseInt(options.get("--port")))
                .guns(Integer.parseInt(options.getOrDefault("--guns", "2")))
                .heartbeatInterval(Duration.ofSeconds(10))
                .replyTimeout(Duration.ofSeconds(10))
                .reconnect(Duration.ofSeconds(1), Duration.ofSeconds(10))
                .sourceAddresses(
                    SimulatorConfig.loopbackAddresses(
                        Integer.parseInt(options.getOrDefault("--sources", "8"))))
                .ioThreads(2)
                .keepReceivedFrames(false)
                .build())) {
      List<VirtualPile> all = simulator.addPiles(PileCode.of(options.get("--first-code")), piles);
      long pauseNanos =
          TimeUnit.SECONDS.toNanos(1) / Integer.parseInt(options.getOrDefault("--ramp", "2000"));
      long next = System.nanoTime();
      for (VirtualPile pile : all) {
        pile.connect();
        next += pauseNanos;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
      }
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String command = commands.readLine();
          command != null && !command.equals("quit");
          command = commands.readLine()) {
        System.out.println(ANSWER + answer(simulator, piles, command.strip()));
        System.out.flush();
      }
    }
  }

  private static String answer(Simulator simulator, int piles, String command)
      throws InterruptedException {
    switch (command) {
      case "connected":
        return "connected " + simulator.report().connected();
      case "reset":
        simulator.resetStats();
        return "ok";
      case "report":
        LoadReport report = simulator.report();
        LatencySummary heartbeat = report.latency().get(FrameType.HEARTBEAT);
        return String.format(
            Locale.ROOT,
            "heartbeat %d %.2f %.2f %.2f %d %s",
            heartbeat == null ? 0 : heartbeat.count(),
            heartbeat == null ? 0 : heartbeat.p50(),
            heartbeat == null ? 0 : heartbeat.p99(),
            heartbeat == null ? 0 : heartbeat.max(),
            report.unanswered().getOrDefault(FrameType.HEARTBEAT, 0L),
            report.errors().isEmpty() ? "none" : report.errors().toString().replace(' ', '_'));
      case "drop":
        long dropped = System.nanoTime();
        simulator.piles().forEach(VirtualPile::drop);
        LoadBenchmark.awaitDisconnected(simulator, Duration.ofMinutes(1));
        LoadBenchmark.awaitConnected(simulator, piles, Duration.ofMinutes(10));
        return String.format(
            Locale.ROOT,
            "relogged %.1f %d",
            (System.nanoTime() - dropped) / 1e9,
            simulator.report().connected());
      default:
        return "unknown command: " + command;
    }
  }
}
