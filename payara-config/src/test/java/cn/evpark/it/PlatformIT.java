package cn.evpark.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton on Payara Micro: the assembled WAR next to connector-ykc.rar, against
 * MariaDB. A pile logs in through the resource adapter and the MDB, the connection factory sends it
 * a command, the batch job runs on the application database.
 */
@ExtendWith(SharedPlatform.class)
class PlatformIT {

  static final PileCode DEMO_PILE = PileCode.of("32010200000001");
  static final Duration WAIT = Duration.ofSeconds(20);

  final URL base = SharedPlatform.base();

  Http http() {
    return new Http(base);
  }

  static Simulator simulator() {
    return new Simulator(
        SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build());
  }

  static LoginReply loginReply(VirtualPile pile) throws Exception {
    return pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Test
  void readiness_isUp_withTheDatabaseTheYkcServerAndTheApiDocument() throws Exception {
    // The first probe has the API document built; ready once it is (OpenApiReadiness).
    HttpResponse<String> ready =
        Awaitility.await("/health/ready UP")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> http().getServer("/health/ready"), answer -> answer.statusCode() == 200);

    assertThat(ready.body())
        .contains("\"database\"", "\"ykc-server\"", "\"openapi\"", "\"status\":\"UP\"");
  }

  @Test
  void openApi_describesTheAdminApi() throws Exception {
    HttpResponse<String> openapi = http().getServer("/openapi");

    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/admin/piles", "time-sync", "X-Total-Count");
  }

  @Test
  void metrics_countTheYkcServersFrames() throws Exception {
    try (Simulator simulator = simulator()) {
      loginReply(simulator.addPile(PileCode.of("32010200000006")));

      String metrics = http().getServer("/metrics").body();

      assertThat(metrics).contains("ykc_piles_online", "ykc_command_latency", "ykc_decode_errors");
      assertThat(metrics).containsPattern("ykc_frames_in\\{[^}]*type=\"0x01\"[^}]*} [1-9]");
    }
  }

  @Test
  void frameLog_isSwitchedOnAndOffPerPile() throws Exception {
    HttpResponse<String> on =
        http().put("api/admin/piles/32010200000008/frame-log", "{\"enabled\":true}");

    assertThat(on.statusCode()).isEqualTo(200);
    assertThat(on.body()).isEqualTo("{\"enabled\":true}");
    assertThat(http().get("api/admin/piles/frame-log").body()).isEqualTo("[\"32010200000008\"]");
    http().put("api/admin/piles/32010200000008/frame-log", "{\"enabled\":false}");
    assertThat(http().get("api/admin/piles/frame-log").body()).isEqualTo("[]");
    assertThat(
            http()
                .put("api/admin/piles/32010299999999/frame-log", "{\"enabled\":true}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void adminApi_withoutCredentials_isRefused() throws Exception {
    HttpResponse<String> refused = http().getAnonymous("api/admin/piles");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void registeredPile_logsIn_andIsShownOnline() throws Exception {
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(DEMO_PILE);

      assertThat(loginReply(pile).accepted()).isTrue();
      assertThat(http().get("api/admin/piles/32010200000001").body())
          .contains(
              "\"code\":\"32010200000001\"",
              "\"enabled\":true",
              "\"guns\":1",
              "\"kind\":\"AC\"",
              "\"online\":true");
      HttpResponse<String> page = http().get("api/admin/piles?first=0&size=1");
      assertThat(page.body()).startsWith("[{").doesNotContain("},{");
      assertThat(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow()))
          .isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void loggedInPile_getsItsBillingModel_andItsSessionIsRecorded() throws Exception {
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000004"));
      loginReply(pile);

      BillingModelReply model =
          pile.received(BillingModelReply.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(model.model().number().value()).isEqualTo("0001");
      try (Connection db = MicroEnvironment.settings().connect();
          Statement query = db.createStatement();
          ResultSet row =
              query.executeQuery(
                  "SELECT last_online_at, connection_id FROM pile WHERE code = '32010200000004'")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getTimestamp("last_online_at")).isNotNull();
        assertThat(row.getObject("connection_id")).isNotNull();
      }
    }
  }

  @Test
  void unregisteredPile_isRefused() throws Exception {
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010299999999"));

      assertThat(loginReply(pile).accepted()).isFalse();
    }
  }

  @Test
  void timeSync_throughTheConnectionFactory_isAnsweredByThePile() throws Exception {
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000002"));
      loginReply(pile);
      pile.received(TimeSync.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      CompletableFuture<TimeSync> command = pile.nextReceived(TimeSync.class);

      HttpResponse<String> answer = http().post("api/admin/piles/32010200000002/time-sync");

      assertThat(answer.statusCode()).isEqualTo(200);
      TimeSync received = command.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(answer.body())
          .contains(
              "\"pileTime\":\"" + received.time().toLocalDateTime().toString().substring(0, 16));
    }
  }

  @Test
  void timeSync_toAnOfflinePile_isRefusedAtOnce() throws Exception {
    HttpResponse<String> refused = http().post("api/admin/piles/32010200000010/time-sync");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("\"code\":\"pile.offline\"");
  }

  @Test
  void pileCountJob_countsThePilesOfEachStation() throws Exception {
    HttpResponse<String> started =
        http().post("api/admin/batch/jobs/station-pile-count/executions");
    assertThat(started.statusCode()).isEqualTo(201);
    Matcher id = Pattern.compile("\"executionId\":(\\d+)").matcher(started.body());
    assertThat(id.find()).isTrue();

    String status =
        Awaitility.await("the job ended")
            .atMost(WAIT)
            .until(
                () -> http().get("api/admin/batch/executions/" + id.group(1)).body(),
                body -> body.contains("COMPLETED") || body.contains("FAILED"));
    assertThat(status).contains("\"status\":\"COMPLETED\"");
    // The demo station's row: other test classes on the shared platform add stations of their own.
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT ac_piles, dc_piles, guns FROM station_pile_count WHERE station_id ="
                    + " (SELECT station_id FROM pile WHERE code = '"
                    + DEMO_PILE.value()
                    + "')")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt("ac_piles")).isEqualTo(8);
      assertThat(row.getInt("dc_piles")).isEqualTo(2);
      assertThat(row.getInt("guns")).isEqualTo(12);
    }
  }
}
