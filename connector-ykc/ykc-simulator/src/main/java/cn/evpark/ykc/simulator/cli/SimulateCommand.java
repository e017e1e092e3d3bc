package cn.evpark.ykc.simulator.cli;

import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.simulator.Fault;
import cn.evpark.ykc.simulator.LoadReport;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulate}: N virtual piles against a platform for a while, then a report. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs virtual piles against a platform: login, billing model, heartbeats, real-time data,"
          + " card sessions, commands answered; prints what it saw at the end."
    })
final class SimulateCommand implements Callable<Integer> {

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Platform host (${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8767",
      description = "Platform port (${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--piles",
      defaultValue = "1",
      description = "Number of piles (${DEFAULT-VALUE}).")
  int piles;

  @Option(
      names = "--first-code",
      defaultValue = "32010200000001",
      description = "Code of the first pile; the others count up (${DEFAULT-VALUE}).")
  String firstCode;

  @Option(names = "--guns", defaultValue = "2", description = "Guns per pile (${DEFAULT-VALUE}).")
  int guns;

  @Option(names = "--pile-type", defaultValue = "DC", description = "DC or AC (${DEFAULT-VALUE}).")
  PileType pileType;

  @Option(
      names = "--ground-locks",
      description =
          "Give each gun's bay a ground lock that reports its status (0x61) and obeys raise and"
              + " lower commands (0x62).")
  boolean groundLocks;

  @Option(
      names = "--protocol",
      defaultValue = "1.6",
      description =
          "YKC version the piles report at login: 1.5, 1.6 or 1.7; 1.7 piles send their"
              + " transaction records as 0x3D (${DEFAULT-VALUE}).")
  String protocol;

  @Option(
      names = "--duration",
      defaultValue = "60",
      description = "Seconds to run after the last pile connected (${DEFAULT-VALUE}).")
  double durationSeconds;

  @Option(
      names = "--ramp",
      defaultValue = "200",
      description = "Piles connected per second (${DEFAULT-VALUE}).")
  int rampPerSecond;

  @Option(
      names = "--source-addresses",
      defaultValue = "1",
      description =
          "Bind to 127.0.0.1 .. 127.0.0.N round-robin before connecting, to get past one"
              + " address's ephemeral ports (${DEFAULT-VALUE}).")
  int sourceAddresses;

  @Option(
      names = "--heartbeat",
      defaultValue = "10",
      description = "Seconds between heartbeats (${DEFAULT-VALUE}).")
  double heartbeatSeconds;

  @Option(
      names = "--charging-data",
      defaultValue = "15",
      description = "Seconds between real-time data frames while charging (${DEFAULT-VALUE}).")
  double chargingDataSeconds;

  @Option(
      names = "--idle-data",
      defaultValue = "300",
      description = "Seconds between real-time data frames while idle (${DEFAULT-VALUE}).")
  double idleDataSeconds;

  @Option(
      names = "--reply-timeout",
      defaultValue = "10",
      description = "Seconds before a request counts as unanswered (${DEFAULT-VALUE}).")
  double replyTimeoutSeconds;

  @Option(
      names = "--record-retry",
      defaultValue = "30",
      description = "Seconds between re-sends of an unacknowledged record (${DEFAULT-VALUE}).")
  double recordRetrySeconds;

  @Option(
      names = "--swipe-every",
      defaultValue = "0",
      description =
          "Seconds between card swipes per idle gun; each starts a card session (0 = none).")
  double swipeEverySeconds;

  @Option(
      names = "--parallel-start-every",
      defaultValue = "0",
      description =
          "Seconds between parallel-charging start requests (0xA1) per idle gun, answered by 0xA2;"
              + " an authorised one charges like a card session (0 = none).")
  double parallelStartEverySeconds;

  @Option(
      names = "--session",
      defaultValue = "60",
      description =
          "Seconds a card session charges before it is stopped at the pile (${DEFAULT-VALUE}).")
  double sessionSeconds;

  @Option(
      names = "--power",
      defaultValue = "60",
      description = "Charging power, kW (${DEFAULT-VALUE}).")
  int powerKw;

  @Option(
      names = "--fault",
      split = ",",
      description = "Faults every pile shows after login: ${COMPLETION-CANDIDATES}.")
  List<Fault> faults = List.of();

  @Option(
      names = "--io-threads",
      defaultValue = "0",
      description = "Event-loop threads shared by all piles (0 = Netty's default).")
  int ioThreads;

  @Spec CommandSpec spec;

  /** The version people write, {@code "1.7"}; picocli reports the refusal of any other. */
  private ProtocolVersion protocolVersion(String label) {
    return Arrays.stream(ProtocolVersion.values())
        .filter(v -> v.label().equals(label))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "--protocol must be one of 1.5, 1.6, 1.7, not '" + label + "'"));
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    SimulatorConfig config =
        SimulatorConfig.builder()
            .host(host)
            .port(port)
            .guns(guns)
            .pileType(pileType)
            .protocolVersion(protocolVersion(protocol).code())
            .heartbeatInterval(seconds(heartbeatSeconds))
            .chargingDataInterval(seconds(chargingDataSeconds))
            .idleDataInterval(seconds(idleDataSeconds))
            .groundLocks(groundLocks)
            .replyTimeout(seconds(replyTimeoutSeconds))
            .recordRetryInterval(seconds(recordRetrySeconds))
            .chargePowerKw(powerKw)
            .sourceAddresses(
                sourceAddresses > 1
                    ? SimulatorConfig.loopbackAddresses(sourceAddresses)
                    : List.of())
            .ioThreads(ioThreads)
            .keepReceivedFrames(false)
            .build();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try (Simulator simulator = new Simulator(config)) {
      List<VirtualPile> all = simulator.addPiles(PileCode.of(firstCode), piles);
      long pauseNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, rampPerSecond);
      long next = System.nanoTime();
      for (VirtualPile pile : all) {
        for (Fault fault : faults) {
          pile.addListener(new FaultOnLogin(fault));
        }
        pile.connect();
        next += pauseNanos;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
      }
      out.printf("%d piles connecting to %s:%d%n", piles, host, port);
      out.flush();
      if (swipeEverySeconds > 0) {
        scheduleSwipes(all, scheduler);
      }
      if (parallelStartEverySeconds > 0) {
        scheduleParallelStarts(all, scheduler);
      }
      TimeUnit.MILLISECONDS.sleep(seconds(durationSeconds).toMillis());
      LoadReport report = simulator.report();
      out.print(report.format());
      out.flush();
      return 0;
    } finally {
      scheduler.shutdownNow();
    }
  }

  private void scheduleSwipes(List<VirtualPile> all, ScheduledExecutorService scheduler) {
    Random random = new Random(1);
    long every = seconds(swipeEverySeconds).toMillis();
    long session = seconds(sessionSeconds).toMillis();
    for (VirtualPile pile : all) {
      for (int gun = 1; gun <= guns; gun++) {
        int g = gun;
        PhysicalCardNumber card =
            PhysicalCardNumber.of(String.format("%08X%08X", random.nextInt(), random.nextInt()));
        scheduler.scheduleAtFixedRate(
            () ->
                pile.swipeCard(g, card)
                    .thenAccept(
                        reply -> {
                          if (reply.authorised()) {
                            scheduler.schedule(
                                () -> pile.stopAtPile(g), session, TimeUnit.MILLISECONDS);
                          }
                        }),
            random.nextLong(every),
            every,
            TimeUnit.MILLISECONDS);
      }
    }
  }

  /**
   * Every gun of every pile asks for a parallel start by card now and then, gun 1 as the main gun,
   * all guns of one pile under one session number; the answers count in the report's latencies.
   */
  private void scheduleParallelStarts(List<VirtualPile> all, ScheduledExecutorService scheduler) {
    Random random = new Random(2);
    long every = seconds(parallelStartEverySeconds).toMillis();
    long session = seconds(sessionSeconds).toMillis();
    DateTimeFormatter number = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    for (VirtualPile pile : all) {
      PhysicalCardNumber card =
          PhysicalCardNumber.of(String.format("%08X%08X", random.nextInt(), random.nextInt()));
      scheduler.scheduleAtFixedRate(
          () -> {
            ParallelSessionNumber parallel =
                ParallelSessionNumber.of(LocalDateTime.now(SimulatorConfig.CHINA).format(number));
            for (int gun = 1; gun <= guns; gun++) {
              int g = gun;
              pile.requestParallelStart(
                      g, card, g == 1 ? GunRole.MAIN : GunRole.AUXILIARY, parallel)
                  .thenAccept(
                      reply -> {
                        if (reply.authorised()) {
                          scheduler.schedule(
                              () -> pile.stopAtPile(g), session, TimeUnit.MILLISECONDS);
                        }
                      });
            }
          },
          random.nextLong(every),
          every,
          TimeUnit.MILLISECONDS);
    }
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  /** Turns a fault on at every login. */
  private record FaultOnLogin(Fault fault) implements cn.evpark.ykc.simulator.PileListener {
    @Override
    public void loggedIn(VirtualPile pile) {
      pile.inject(fault);
    }
  }
}
