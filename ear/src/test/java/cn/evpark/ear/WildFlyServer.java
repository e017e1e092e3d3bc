package cn.evpark.ear;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A WildFly of its own for the EAR test, prepared by the README's set-up script and driven with
 * {@code jboss-cli} as enterprise IT would. Its ports are WildFly's defaults moved by {@code
 * offset} (HTTP 8080 + offset, management 9990 + offset).
 */
final class WildFlyServer implements AutoCloseable {

  static final Duration START = Duration.ofMinutes(5);

  private final Path home;
  private final int offset;
  private final Process process;
  private Duration startedIn;

  private WildFlyServer(Path home, int offset, Process process) {
    this.home = home;
    this.offset = offset;
    this.process = process;
  }

  /**
   * Copies the server as unpacked from Maven to {@code home}, replacing an earlier copy: the set-up
   * script changes the server it runs on, and runs once per server.
   */
  static Path freshCopy(Path dist, Path home) throws IOException {
    if (Files.exists(home)) {
      try (Stream<Path> old = Files.walk(home)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    try (Stream<Path> files = Files.walk(dist)) {
      for (Path from : files.toList()) {
        Files.copy(
            from,
            home.resolve(dist.relativize(from).toString()),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return home;
  }

  /**
   * Runs the set-up script on the unpacked server with {@code environment} (the variables its
   * header names), then starts {@code standalone.xml} and returns once the management interface
   * answers {@code /health/live}.
   */
  static WildFlyServer setUpAndStart(
      Path home, Path setupScript, Map<String, String> environment, int offset) throws Exception {
    ProcessBuilder setup =
        new ProcessBuilder(setupScript.toString())
            .redirectErrorStream(true)
            .directory(home.toFile());
    setup.environment().putAll(environment);
    setup.environment().put("WILDFLY_HOME", home.toString());
    run(setup, "set-up script");

    Path out = home.resolve("standalone/log/console.out");
    Files.createDirectories(out.getParent());
    long begin = System.nanoTime();
    Process process =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone.xml",
                "-b",
                "127.0.0.1",
                "-bmanagement",
                "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset)
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    WildFlyServer server = new WildFlyServer(home, offset, process);
    try {
      server.startedIn = server.awaitManagement(begin);
    } catch (Exception e) {
      server.close();
      throw e;
    }
    return server;
  }

  private Duration awaitManagement(long begin) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    URI live = URI.create("http://127.0.0.1:" + managementPort() + "/health/live");
    try {
      Awaitility.await("WildFly's management interface")
          .atMost(START)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> answers(http, live));
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("WildFly did not start within " + START + ":\n" + log(), e);
    }
    return Duration.ofNanos(System.nanoTime() - begin);
  }

  /** Whether {@code live} answers 200; fails at once when the server has ended. */
  private boolean answers(HttpClient http, URI live) throws IOException, InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException("WildFly ended at start:\n" + log());
    }
    try {
      return http.send(
                  HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** Time from launching {@code standalone.sh} to the management interface answering. */
  Duration startedIn() {
    return startedIn;
  }

  int httpPort() {
    return 8080 + offset;
  }

  int managementPort() {
    return 9990 + offset;
  }

  /** Runs one {@code jboss-cli} command against the running server; fails when it does. */
  String cli(String command) throws IOException, InterruptedException {
    return run(
        new ProcessBuilder(
                home.resolve("bin/jboss-cli.sh").toString(),
                "--connect",
                "--controller=127.0.0.1:" + managementPort(),
                "--command=" + command)
            .redirectErrorStream(true),
        "jboss-cli " + command);
  }

  /** Resident memory of the server's JVM in MB, from {@code /proc}; -1 when not readable. */
  long residentMegabytes() throws IOException {
    for (ProcessHandle java : process.descendants().toList()) {
      if (java.info().command().orElse("").endsWith("java")) {
        return ResidentMemory.megabytes(java.pid());
      }
    }
    return -1;
  }

  /** The server log, for failures and for the driver's SMS code. */
  String log() throws IOException {
    Path log = home.resolve("standalone/log/server.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private static String run(ProcessBuilder builder, String what)
      throws IOException, InterruptedException {
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(what + " did not finish");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(what + " failed:\n" + output);
    }
    return output;
  }

  @Override
  public void close() throws Exception {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    try {
      cli(":shutdown");
    } catch (RuntimeException | IOException e) {
      // ended below
    }
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      all.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
