package cn.evpark.ear;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls {@code /health/ready} every 200 ms from before the EAR is deployed until it first answers
 * 200, then at once logs a demo pile in over TCP: the outcome says whether the platform took the
 * pile at the moment it first reported ready, and how many other answers came before.
 */
final class ReadinessWatch extends Thread {

  static final PileCode DEMO_PILE = PileCode.of("32010200000001");
  static final Duration POLL = Duration.ofMillis(200);
  static final Duration WAIT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI ready;
  private final int ykcPort;
  private volatile String outcome = "not UP yet";

  ReadinessWatch(int httpPort, int ykcPort) {
    super("readiness-watch");
    setDaemon(true);
    this.ready = URI.create("http://127.0.0.1:" + httpPort + "/health/ready");
    this.ykcPort = ykcPort;
  }

  /** What happened: {@code login accepted at the first UP after N other answers}, or why not. */
  String outcome() {
    return outcome;
  }

  @Override
  public void run() {
    int others = 0;
    try {
      while (true) {
        try {
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(ready).timeout(WAIT).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            break;
          }
        } catch (IOException notListening) {
          // the server is between listeners: another answer that is not UP
        }
        others++;
        Thread.sleep(POLL.toMillis());
      }
      try (Simulator simulator = new Simulator(SimulatorConfig.builder().port(ykcPort).build())) {
        LoginReply reply =
            simulator
                .addPile(DEMO_PILE)
                .connect()
                .toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        outcome =
            (reply.accepted() ? "login accepted" : "login refused")
                + " at the first UP after "
                + others
                + " other answers";
      }
    } catch (InterruptedException stopped) {
      outcome = "stopped while " + outcome;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      outcome = "no login at the first UP after " + others + " other answers: " + e;
    }
  }
}
