package cn.evpark.ykc.simulator.cli;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.TierPrice;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.stub.StubPlatform;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code platform-stub}: a minimal platform to point the simulator at without the real server. */
@Command(
    name = "platform-stub",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs a minimal platform: accepts every login, serves one flat billing model, answers"
          + " heartbeats, authorises every card, acknowledges every transaction record."
    })
final class PlatformStubCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8767",
      description = "Port to listen on (${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--duration",
      defaultValue = "3600",
      description = "Seconds to run (${DEFAULT-VALUE}).")
  long durationSeconds;

  @Option(
      names = "--electricity",
      defaultValue = "0.80000",
      description = "Electricity price, yuan/kWh (${DEFAULT-VALUE}).")
  BigDecimal electricity;

  @Option(
      names = "--service",
      defaultValue = "0.40000",
      description = "Service price, yuan/kWh (${DEFAULT-VALUE}).")
  BigDecimal service;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    BillingModel model =
        BillingModel.uniform(BillingModelNumber.of("0001"), new TierPrice(electricity, service));
    try (StubPlatform platform =
        new StubPlatform(port, model, Clock.system(SimulatorConfig.CHINA))) {
      platform.keepMessages(false);
      out.printf("platform stub listening on port %d%n", platform.port());
      out.flush();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
      while (System.nanoTime() < end) {
        TimeUnit.SECONDS.sleep(
            Math.min(10, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(end - System.nanoTime()))));
        out.printf("connected piles: %d%n", platform.connectedPiles());
        out.flush();
      }
    }
    return 0;
  }
}
