package cn.evpark.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform under measurement: Payara Micro started from the assembly's launcher in its own JVM,
 * on a MariaDB database of its own at 127.0.0.1:3306 (root, no password), with the figures a
 * benchmark reads from outside (its HTTP API, {@code /metrics}, {@code /proc}).
 */
public final class MicroPlatform implements AutoCloseable {

  public static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "bench-admin";

  private final Path micro;
  private final String database;
  private final int httpPort;
  private final int ykcPort;
  private final Path logDirectory;
  private final HttpClient http = HttpClient.newHttpClient();
  private Process server;

  /**
   * @param micro the assembly: {@code payara-config/target/evpark-micro}
   * @param database the MariaDB database the platform owns during the run
   * @param logDirectory where the server log and GC log go
   */
  public MicroPlatform(Path micro, String database, int httpPort, int ykcPort, Path logDirectory) {
    this.micro = micro;
    this.database = database;
    this.httpPort = httpPort;
    this.ykcPort = ykcPort;
    this.logDirectory = logDirectory;
  }

  public int ykcPort() {
    return ykcPort;
  }

  public String database() {
    return database;
  }

  /** Drops and creates the platform's database: Flyway creates the schema on the next start. */
  public void recreateDatabase() throws SQLException {
    try (Connection db = DriverManager.getConnection(MARIADB, "root", "");
        Statement sql = db.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database);
      sql.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  /** A connection to the platform's database. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(MARIADB + database, "root", "");
  }

  /**
   * Starts the platform and waits until it is ready (database and YKC server up), at most 15
   * minutes: a migration adding indexes to a database of a benchmark's size takes minutes.
   *
   * @param environment variables beside the launcher's (e.g. {@code YKC_DB_POOL_MAX})
   * @param javaOpts the server JVM's options; its GC log is added
   */
  public void start(Map<String, String> environment, String javaOpts) throws Exception {
    Path log = Files.createDirectories(logDirectory).resolve("server.log");
    ProcessBuilder builder =
        new ProcessBuilder(micro.resolve("bin/evpark-micro").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("YKC_DB_URL", MARIADB + database);
    env.put("YKC_HTTP_PORT", String.valueOf(httpPort));
    env.put("YKC_TCP_PORT", String.valueOf(ykcPort));
    env.put("YKC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putAll(environment);
    env.put(
        "JAVA_OPTS", javaOpts + " -Xlog:gc:file=" + log.resolveSibling("gc.log").toAbsolutePath());
    server = builder.start();
    System.out.println("server log: " + log.toAbsolutePath() + " (its GC log next to it)");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited; see " + log);
      }
      try {
        HttpResponse<String> ready = get("/health/ready");
        if (ready.statusCode() == 200 && ready.body().contains("\"database\"")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server did not get ready; see " + log);
  }

  /** Stops the platform (SIGTERM, then SIGKILL after a minute). */
  public void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
      server = null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  // ---------------------------------------------------------------- HTTP

  /** An unauthenticated GET (health, metrics). */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A call of the admin API with a staff account's credentials (HTTP Basic). */
  public HttpResponse<String> call(
      String method, String path, String json, String username, String password)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        request(path).header("Authorization", basicOf(username, password)).method(method, body);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A call as the platform administrator that must succeed (2xx); answers the body. */
  public String admin(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> response = call(method, path, json, ADMIN, ADMIN_PASSWORD);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** A request builder for {@code path} of this platform (10 s timeout). */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
  }

  public String base() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** The Authorization header of HTTP Basic. */
  public static String basicOf(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The value of the first JSON field {@code name} in {@code json} (numbers and plain strings). */
  public static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)\"?").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  // ---------------------------------------------------------------- the server process

  /** The server's used heap by its {@code /metrics}, MB; -1 if it does not say. */
  public long heapUsedMb() throws IOException, InterruptedException {
    Matcher used =
        Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.Ee+]+)")
            .matcher(get("/metrics").body());
    return used.find() ? (long) (Double.parseDouble(used.group(1)) / (1 << 20)) : -1;
  }

  public long rssMb() throws IOException {
    return rssMb(pid());
  }

  /** The server's user + system CPU time so far, in clock ticks (1/100 s). */
  public long cpuTicks() throws IOException {
    return cpuTicks(pid());
  }

  /** The JVM the launcher execs into is the launcher's own process. */
  public long pid() {
    return server.pid();
  }

  public static long ticksPerSecond() {
    return 100;
  }

  /** User + system CPU ticks of a process. */
  public static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  static long rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  /**
   * The machine's load average over the last minute: the benchmarks share the machine, and a load
   * above its cores means every figure includes waiting for a CPU.
   */
  public static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The MariaDB server's process on this machine, if it is here and visible; else -1. */
  public static long databasePid() {
    try (var processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .filter(
              p -> {
                try {
                  String comm = Files.readString(p.resolve("comm")).strip();
                  return comm.equals("mariadbd") || comm.equals("mysqld");
                } catch (IOException gone) {
                  return false;
                }
              })
          .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
          .findFirst()
          .orElse(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  /** One number from a query of the platform's database. */
  public long single(String sql) throws SQLException {
    try (Connection db = connect();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
