package cn.evpark.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Ready means ready (issue 14): {@code /health/ready}, polled from the moment the Micro assembly is
 * launched (its own process, as {@code bin/evpark-micro} runs it), answers UP for the first time
 * only when the platform takes piles: a demo pile that connects at that moment logs in. Before,
 * each answer is something other than UP (no connection, 404 while the platform deploys, 503 while
 * a check is DOWN); before this was fixed Payara answered UP with no checks for half a minute while
 * the platform deployed.
 *
 * <p>Also prints how long the first {@code /openapi} after ready takes (a figure, not asserted).
 */
class ReadinessIT {

  static final PileCode DEMO_PILE = PileCode.of("32010200000001");
  static final Duration STARTUP = Duration.ofMinutes(8);
  static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void readiness_polledFromLaunch_isFirstUpWhenAPileCanLogIn() throws Exception {
    try (MicroProcess micro = MicroProcess.prepare(getClass(), Map.of())) {
      Http http = new Http(micro.base());
      List<String> beforeUp = new ArrayList<>();
      AtomicReference<HttpResponse<String>> firstUp = new AtomicReference<>();

      micro.launch();
      Awaitility.await("/health/ready UP")
          .atMost(STARTUP)
          .pollInterval(Duration.ofMillis(200))
          .failFast("the platform exited", () -> !micro.isAlive())
          .until(
              () -> {
                try {
                  HttpResponse<String> ready = http.getServer("health/ready");
                  if (ready.statusCode() == 200) {
                    firstUp.set(ready);
                    return true;
                  }
                  beforeUp.add(ready.statusCode() + " " + ready.body());
                } catch (IOException notListening) {
                  beforeUp.add("no connection");
                }
                return false;
              });
      LoginReply login;
      try (Simulator simulator =
          new Simulator(SimulatorConfig.builder().port(micro.settings().ykcPort()).build())) {
        login =
            simulator
                .addPile(DEMO_PILE)
                .connect()
                .toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      }
      long openApiStart = System.nanoTime();
      HttpResponse<String> openApi = http.getServer("openapi");
      System.out.printf(
          "ReadinessIT: %d answers before the first UP; first /openapi after it: %d in %.2f s%n",
          beforeUp.size(), openApi.statusCode(), (System.nanoTime() - openApiStart) / 1e9);

      assertThat(login.accepted()).isTrue();
      assertThat(firstUp.get().body())
          .contains("\"status\":\"UP\"", "\"database\"", "\"ykc-server\"", "\"openapi\"");
      assertThat(beforeUp).isNotEmpty();
      assertThat(openApi.statusCode()).isEqualTo(200);
    }
  }
}
