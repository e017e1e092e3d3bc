package cn.evpark.ear;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Sessions;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same EAR on WildFly 38 (issue 20): the server unpacked from Maven, prepared by the README's
 * script {@code src/main/wildfly/setup-wildfly.sh} exactly as it stands, the EAR deployed with
 * {@code jboss-cli}. Piles log in over TCP through the embedded adapter and the MDB, get their
 * billing model, a driver's order is settled from the pile's transaction record, a staff login
 * shows a page in the browser, a batch job completes, and the server reports ready and serves the
 * API document.
 */
class EarOnWildFlyIT {

  static final String DATABASE =
      System.getenv().getOrDefault("EVPARK_IT_DB_PREFIX", "it_") + "ear_wildfly";
  static final String ADMIN_PASSWORD = "ear-admin-password";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String DEMO_DRIVER = "13800000000";

  static WildFlyServer server;
  static int ykcPort;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void deploy() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        Statement sql = db.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
      sql.execute(
          "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    ykcPort = freePort();
    Path home =
        WildFlyServer.freshCopy(
            Path.of(System.getProperty("evpark.wildfly.dist")),
            Path.of(System.getProperty("evpark.wildfly.home")));
    Path properties = home.resolve("evpark.properties");
    Files.writeString(
        properties,
        "ykc.admin.password=" + ADMIN_PASSWORD + "\nykc.demo=true\nykc.tcp.port=" + ykcPort + "\n");
    server =
        WildFlyServer.setUpAndStart(
            home,
            Path.of(System.getProperty("evpark.wildfly.setup")),
            Map.of(
                "ECLIPSELINK_JAR",
                System.getProperty("evpark.eclipselink"),
                "JDBC_DRIVER_JAR",
                System.getProperty("evpark.jdbc.driver"),
                "EVPARK_DB_URL",
                "jdbc:mysql://127.0.0.1:3306/" + DATABASE,
                "EVPARK_DB_USER",
                "root",
                "EVPARK_DB_PASSWORD",
                "",
                "EVPARK_PROPERTIES",
                properties.toString()),
            freeOffset());
    try {
      long begin = System.nanoTime();
      server.cli("deploy " + System.getProperty("evpark.ear"));
      System.out.printf(
          "WildFly started in %d ms, EAR deployed in %d ms, RSS %d MB%n",
          server.startedIn().toMillis(),
          Duration.ofNanos(System.nanoTime() - begin).toMillis(),
          server.residentMegabytes());
    } catch (RuntimeException | IOException e) {
      throw new AssertionError(e.getMessage() + "\nserver log:\n" + tail(server.log()), e);
    }
  }

  @AfterAll
  static void undeploy() throws Exception {
    if (server != null) {
      System.out.printf("WildFly RSS after the tests: %d MB%n", server.residentMegabytes());
      server.close();
    }
  }

  @Test
  void registeredPile_logsIn_andGetsItsBillingModel() throws Exception {
    try (Simulator simulator = new Simulator(SimulatorConfig.builder().port(ykcPort).build())) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000002"));

      LoginReply reply = pile.connect().toCompletableFuture().get(WAIT.toSeconds(), SECONDS);
      BillingModelReply model =
          pile.received(BillingModelReply.class).get(WAIT.toSeconds(), SECONDS);

      assertThat(reply.accepted()).isTrue();
      assertThat(model.model().number().value()).isEqualTo("0001");
      Matcher listed =
          Pattern.compile("\\{[^{}]*\"code\":\"32010200000002\"[^{}]*}")
              .matcher(get("api/admin/piles", true).body());
      assertThat(listed.find()).isTrue();
      assertThat(listed.group()).contains("\"online\":true");
    }
  }

  @Test
  void unknownPile_isRefused() throws Exception {
    try (Simulator simulator = new Simulator(SimulatorConfig.builder().port(ykcPort).build())) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010299999999"));

      LoginReply reply = pile.connect().toCompletableFuture().get(WAIT.toSeconds(), SECONDS);

      assertThat(reply.accepted()).isFalse();
    }
  }

  /** README "Run": the demo driver's charge, settled from the wallet by the transaction record. */
  @Test
  void driversOrder_isSettledFromThePilesTransactionRecord() throws Exception {
    PileCode code = PileCode.of("32010200000001");
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(ykcPort)
                .guns(1)
                .chargingDataInterval(Duration.ofMillis(500))
                .chargePowerKw(60)
                .build())) {
      VirtualPile pile = simulator.addPile(code);
      assertThat(pile.connect().toCompletableFuture().get(WAIT.toSeconds(), SECONDS).accepted())
          .isTrue();
      pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), SECONDS);
      String token = driverToken();
      String gun = "api/driver/guns/" + code.value() + "/1";
      await(() -> driver("GET", gun, token, null).body().contains("PLUGGED"));

      HttpResponse<String> started =
          driver(
              "POST",
              "api/driver/charging-orders",
              token,
              "{\"pileCode\":\"" + code.value() + "\",\"gun\":1}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String order = "api/driver/charging-orders/" + field(started.body(), "orderNo");
      // charged some energy first, so that the record bills it (real-time frames are stored in
      // batches, every ykc.realtime-flush-millis)
      await(() -> Sessions.liveEnergy(driver("GET", order, token, null).body()).signum() > 0);
      assertThat(driver("POST", order + "/stop", token, null).statusCode()).isEqualTo(200);
      pile.acknowledged(TransactionSerial.of(field(started.body(), "transactionSerial")))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), SECONDS);

      String settled = driver("GET", order, token, null).body();
      assertThat(field(settled, "paymentStatus")).as(settled).isEqualTo("PAID");
      assertThat(new BigDecimal(field(settled, "paidAmount")))
          .isEqualByComparingTo(field(settled, "totalAmount"))
          .isPositive();
    }
  }

  @Test
  void staffLogin_showsTheAdminPagesInTheBrowser() throws Exception {
    try (Browser browser =
        new Browser(URI.create("http://127.0.0.1:" + server.httpPort() + "/").toURL())) {
      browser.logIn("admin", ADMIN_PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/piles.xhtml");
      browser.waitFor(WAIT, d -> d.getPageSource().contains("32010200000003"));

      assertThat(browser.pageText()).contains("上海市黄浦区联谊大厦充电站");
      browser.screenshot("wildfly-piles");
    }
  }

  @Test
  void pileCountJob_runsToCompleted() throws Exception {
    HttpResponse<String> started = post("api/admin/batch/jobs/station-pile-count/executions");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String execution = "api/admin/batch/executions/" + field(started.body(), "executionId");

    await(
        () -> {
          String body = get(execution, true).body();
          return body.contains("COMPLETED") || body.contains("FAILED");
        });

    assertThat(get(execution, true).body()).contains("\"status\":\"COMPLETED\"");
  }

  /** The platform's checks answer on the application port, as on Payara (README). */
  @Test
  void readiness_isUp_withThePlatformsChecks() throws Exception {
    // the first probe has the API document built: openapi is DOWN ("building") until it is
    await(() -> get("health/ready", false).statusCode() == 200);
    HttpResponse<String> ready = get("health/ready", false);

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body())
        .contains(
            "\"status\":\"UP\"",
            "{\"name\":\"database\",\"status\":\"UP\"",
            "{\"name\":\"ykc-server\",\"status\":\"UP\"",
            "\"name\":\"openapi\"");
  }

  /** WildFly's own readiness, on its management interface: the server and the deployment. */
  @Test
  void serverReadiness_isUp_onTheManagementInterface() throws Exception {
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.managementPort() + "/health/ready"))
                .timeout(WAIT)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    // deployed: the database migrated, the platform's data made, the MDB and its YKC server up
    assertThat(ready.body())
        .contains("\"status\":\"UP\"", "\"deployments-status\"", "\"evpark.ear\":\"OK\"");
  }

  @Test
  void openApi_describesTheApis() throws Exception {
    HttpResponse<String> document = get("openapi", false);

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("/api/admin/piles", "/api/driver/charging-orders");
  }

  /** The README shows the set-up script this test runs, as it stands. */
  @Test
  void readme_showsTheSetUpScript() throws Exception {
    String script = Files.readString(Path.of(System.getProperty("evpark.wildfly.setup")));
    String readme = Files.readString(Path.of(System.getProperty("evpark.readme")));

    assertThat(readme).contains("```bash\n" + script + "```");
  }

  static String driverToken() throws Exception {
    Pattern sms = Pattern.compile("SMS code for " + DEMO_DRIVER + ": (\\d{6})");
    int before = count(sms, server.log());
    HttpResponse<String> asked =
        driver("POST", "api/driver/login/code", null, "{\"phone\":\"" + DEMO_DRIVER + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(204);
    await(() -> count(sms, server.log()) > before);
    Matcher codes = sms.matcher(server.log());
    String code = null;
    while (codes.find()) {
      code = codes.group(1);
    }
    HttpResponse<String> login =
        driver(
            "POST",
            "api/driver/login",
            null,
            "{\"phone\":\"" + DEMO_DRIVER + "\",\"code\":\"" + code + "\"}");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return field(login.body(), "token");
  }

  static HttpResponse<String> driver(String method, String path, String token, String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/" + path))
            .timeout(WAIT)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "wildfly-" + path.hashCode())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path, boolean asAdmin) throws Exception {
    return send(HttpRequest.newBuilder().GET(), path, asAdmin);
  }

  static HttpResponse<String> post(String path) throws Exception {
    return send(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()), path, true);
  }

  private static HttpResponse<String> send(
      HttpRequest.Builder request, String path, boolean asAdmin) throws Exception {
    request.uri(URI.create("http://127.0.0.1:" + server.httpPort() + "/" + path)).timeout(WAIT);
    if (asAdmin) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A top-level string or number field of a JSON object, as text. */
  static String field(String json, String name) {
    Matcher value =
        Pattern.compile("\"" + name + "\":\\s*(?:\"([^\"]*)\"|(-?[0-9.]+))").matcher(json);
    assertThat(value.find()).as(name + " in " + json).isTrue();
    return value.group(1) != null ? value.group(1) : value.group(2);
  }

  static void await(Callable<Boolean> condition) {
    Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(condition);
  }

  static int count(Pattern pattern, String text) {
    return (int) pattern.matcher(text).results().count();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A port offset at which WildFly's HTTP, HTTPS and management ports are all free now. */
  static int freeOffset() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int offset = ThreadLocalRandom.current().nextInt(100, 500) * 100 + 17;
      if (free(8080 + offset)
          && free(8443 + offset)
          && free(9990 + offset)
          && free(9993 + offset)) {
        return offset;
      }
    }
    throw new IllegalStateException("no free port offset for WildFly");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return socket.isBound();
    } catch (IOException taken) {
      return false;
    }
  }

  private static String tail(String log) {
    return log.length() > 20_000 ? log.substring(log.length() - 20_000) : log;
  }

  private static final TimeUnit SECONDS = TimeUnit.SECONDS;
}
