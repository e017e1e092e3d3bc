package cn.evpark.ear;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR as enterprise IT deploys it: a Payara Server domain with the application's JDBC pool,
 * batch repository and system properties, then {@code asadmin deploy evpark.ear}. A simulated pile
 * logs in through the embedded resource adapter and the MDB, and the pages answer.
 */
class EarOnPayaraServerIT {

  static final String DATABASE = System.getenv().getOrDefault("EVPARK_IT_DB_PREFIX", "it_") + "ear";
  static final String ADMIN_PASSWORD = "ear-admin-password";
  static final Duration WAIT = Duration.ofSeconds(30);

  static PayaraServer server;
  static int ykcPort;
  static ReadinessWatch readiness;
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
    server =
        PayaraServer.start(
            Path.of(System.getProperty("evpark.payara.home")),
            freePortBase(),
            Path.of(System.getProperty("evpark.jdbc.driver")));
    try {
      server.asadmin(
          "create-system-properties",
          "ykc.tcp.port=" + ykcPort + ":ykc.demo=true:ykc.admin.password=" + ADMIN_PASSWORD);
      server.asadmin(
          "create-jdbc-connection-pool",
          "--datasourceclassname",
          "com.mysql.cj.jdbc.MysqlDataSource",
          "--restype",
          "javax.sql.DataSource",
          "--isolationlevel",
          "read-committed",
          // as the README tells enterprise IT to create it
          "--statementcachesize",
          "64",
          "--isconnectvalidatereq",
          "true",
          "--validateatmostonceperiod",
          "10",
          "--validationmethod",
          "custom-validation",
          "--validationclassname",
          "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
          "--sqltracelisteners",
          "null",
          "--property",
          "url=jdbc\\:mysql\\://127.0.0.1\\:3306/" + DATABASE + "?user\\=root",
          "evparkPool");
      server.asadmin("create-jdbc-resource", "--connectionpoolid", "evparkPool", "jdbc/evpark");
      server.asadmin(
          "set-batch-runtime-configuration",
          "--dataSourceLookupName",
          "jdbc/evpark",
          "--schemaName",
          DATABASE);
      // as the README says: the web module answers /health, Payara's servlet moves out of the way
      server.asadmin("set-microprofile-healthcheck-configuration", "--endpoint=mp-health");
      readiness = new ReadinessWatch(server.httpPort(), ykcPort);
      readiness.start();
      long started = System.nanoTime();
      server.asadmin("deploy", "--name", "evpark", System.getProperty("evpark.ear"));
      System.out.printf(
          "Payara Server started in %d ms, EAR deployed in %d ms, RSS %d MB%n",
          server.startedIn().toMillis(),
          Duration.ofNanos(System.nanoTime() - started).toMillis(),
          server.residentMegabytes());
    } catch (RuntimeException | IOException e) {
      throw new AssertionError(e.getMessage() + "\nserver log:\n" + tail(server.log()), e);
    }
  }

  @AfterAll
  static void undeploy() throws Exception {
    if (readiness != null) {
      readiness.interrupt();
    }
    if (server != null) {
      System.out.printf("Payara Server RSS after the tests: %d MB%n", server.residentMegabytes());
      server.close();
    }
  }

  @Test
  void registeredPile_logsIn_throughTheEmbeddedAdapter() throws Exception {
    try (Simulator simulator = new Simulator(SimulatorConfig.builder().port(ykcPort).build())) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000001"));

      LoginReply reply =
          pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(reply.accepted()).isTrue();
      Matcher demo =
          Pattern.compile("\\{[^{}]*\"code\":\"32010200000001\"[^{}]*}")
              .matcher(get("api/admin/piles", true).body());
      assertThat(demo.find()).isTrue();
      assertThat(demo.group())
          .contains("\"enabled\":true", "\"guns\":1", "\"kind\":\"AC\"", "\"online\":true");
    }
  }

  /** Issue 14: polled from before the deployment, readiness is first UP when a pile can log in. */
  @Test
  void readiness_polledThroughTheDeployment_isFirstUpWhenAPileCanLogIn() throws Exception {
    readiness.join(Duration.ofMinutes(3).toMillis());

    assertThat(readiness.outcome()).startsWith("login accepted at the first UP after ");
    assertThat(readiness.outcome()).doesNotContain("after 0 other answers");
  }

  /**
   * Issue 19: a Payara Server domain runs Hazelcast, so the EAR joins its data grid, as it does in
   * a deployment group of several instances (README "Several instances on Payara Server").
   */
  @Test
  void theEar_joinsTheDomainsDataGrid() throws Exception {
    String log = server.log();

    assertThat(log).contains("in the data grid as member ").doesNotContain("no data grid");
  }

  @Test
  void unknownPile_isRefused() throws Exception {
    try (Simulator simulator = new Simulator(SimulatorConfig.builder().port(ykcPort).build())) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010299999999"));

      LoginReply reply =
          pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(reply.accepted()).isFalse();
    }
  }

  @Test
  void loginPage_isServed() throws Exception {
    HttpResponse<String> page = get("login.xhtml", false);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("车场充电桩管理平台", "login:username");
  }

  static HttpResponse<String> get(String path, boolean asAdmin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/" + path))
            .timeout(WAIT);
    if (asAdmin) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A port base whose ports of a Payara domain (+0 … +99) are all free now. */
  static int freePortBase() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
      if (allFree(base)) {
        return base;
      }
    }
    throw new IllegalStateException("no free port range for the Payara domain");
  }

  private static boolean allFree(int base) {
    for (int offset = 0; offset < 100; offset++) {
      try (ServerSocket socket = new ServerSocket(base + offset)) {
        socket.setReuseAddress(true);
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }

  private static String tail(String log) {
    return log.length() > 20_000 ? log.substring(log.length() - 20_000) : log;
  }
}
