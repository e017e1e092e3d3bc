package cn.evpark.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The platform as an operator runs it, in a child process the test owns: the assembly's launcher
 * ({@code bin/evpark-micro}) on a MariaDB database of the test class's own, for tests that do to
 * the server what Arquillian cannot, such as killing it with SIGKILL and starting it again on the
 * same database and ports.
 *
 * <p>Configured like the Micros of {@link MicroEnvironment}: the administrator password {@link
 * MicroEnvironment#ADMIN_PASSWORD}, the demo operator and piles, free HTTP and YKC ports. Its
 * console goes to this JVM's standard output, where {@link ServerLog} reads it (SMS codes).
 */
public final class MicroProcess implements AutoCloseable {

  /** What a process killed by SIGKILL exits with: 128 + signal 9. */
  public static final int KILLED = 128 + 9;

  private static final Duration STARTUP = Duration.ofMinutes(8);

  private final Path micro = Path.of(System.getProperty("evpark.micro.dir"));
  private final MicroEnvironment.Settings settings;
  private final int httpPort;
  private final Path directory;
  private final Map<String, String> environment;
  private Process server;

  private MicroProcess(
      MicroEnvironment.Settings settings,
      int httpPort,
      Path directory,
      Map<String, String> environment) {
    this.settings = settings;
    this.httpPort = httpPort;
    this.directory = directory;
    this.environment = Map.copyOf(environment);
  }

  /**
   * A platform for the test class, not started: its database created afresh and empty, its ports
   * chosen.
   *
   * @param environment variables beside the launcher's own, e.g. {@code YKC_DB_POOL_MAX} or
   *     MicroProfile Config properties as {@code YKC_*} variables
   * @throws java.sql.SQLException when MariaDB does not answer on 127.0.0.1:3306 as root
   */
  public static MicroProcess prepare(Class<?> testClass, Map<String, String> environment)
      throws Exception {
    String database = MicroEnvironment.databaseOf(testClass);
    MicroEnvironment.recreate(database);
    Path directory =
        Files.createDirectories(Path.of(System.getProperty("evpark.it.dir"), database, "tmp"))
            .getParent();
    return new MicroProcess(
        new MicroEnvironment.Settings(database, MicroEnvironment.freePort()),
        MicroEnvironment.freePort(),
        directory,
        environment);
  }

  /**
   * Another instance of the same platform, as in a cluster: {@code first}'s database, ports and a
   * directory of its own, not started.
   *
   * @param environment variables beside the launcher's own, as for {@link #prepare}
   */
  public static MicroProcess beside(MicroProcess first, Map<String, String> environment)
      throws IOException {
    int httpPort = MicroEnvironment.freePort();
    Path directory =
        Files.createDirectories(
                first.directory.resolveSibling(first.settings.database() + "-" + httpPort))
            .resolve("tmp");
    Files.createDirectories(directory);
    return new MicroProcess(
        new MicroEnvironment.Settings(first.settings.database(), MicroEnvironment.freePort()),
        httpPort,
        directory.getParent(),
        environment);
  }

  /** The database and YKC port, the same across restarts. */
  public MicroEnvironment.Settings settings() {
    return settings;
  }

  /** The base URL of the application, for {@link Http}. */
  public URL base() {
    try {
      return new URL("http://127.0.0.1:" + httpPort + "/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the platform and returns once it is ready: {@code /health/ready} answers 200 with the
   * application's checks (database, YKC server) in it.
   *
   * @throws IllegalStateException when it exits or is not ready within 8 minutes
   */
  public void start() throws IOException, InterruptedException {
    launch();
    awaitReady();
  }

  /**
   * Starts the platform and returns at once, for a test that watches it come up; {@link #isAlive}
   * tells whether it still runs.
   *
   * @throws IllegalStateException when it runs already
   */
  public void launch() throws IOException {
    launch(Map.of());
  }

  /**
   * Starts the platform with variables added for this start only (they win over those given when it
   * was prepared) and returns at once; {@link #awaitReady} waits for it.
   *
   * @throws IllegalStateException when it runs already
   */
  public void launch(Map<String, String> thisStart) throws IOException {
    if (server != null && server.isAlive()) {
      throw new IllegalStateException("the platform runs already");
    }
    ServerLog.install();
    ProcessBuilder launcher =
        new ProcessBuilder(micro.resolve("bin/evpark-micro").toString())
            .directory(directory.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = launcher.environment();
    env.put("YKC_DB_URL", MicroEnvironment.MARIADB + settings.database());
    env.put("YKC_DB_POOL_MAX", "16");
    env.put("YKC_HTTP_PORT", String.valueOf(httpPort));
    env.put("YKC_TCP_PORT", String.valueOf(settings.ykcPort()));
    env.put("YKC_ADMIN_PASSWORD", MicroEnvironment.ADMIN_PASSWORD);
    env.put("YKC_DEMO", "true");
    // C1 only: on two busy cores the Micro boots in half the time (the tests measure no speed).
    // The platform's files (parking photos) stay in the build's output, not in the user's home.
    env.put(
        "JAVA_OPTS",
        "-Xmx768m -XX:TieredStopAtLevel=1 -Djava.io.tmpdir="
            + directory.resolve("tmp")
            + " -Dykc.data-dir="
            + directory.resolve("data").toAbsolutePath());
    env.putAll(environment);
    env.putAll(thisStart);
    server = launcher.start();
    Thread console = new Thread(() -> echo(server), "micro-console-" + server.pid());
    console.setDaemon(true);
    console.start();
  }

  /** Whether the launched platform's process still runs. */
  public boolean isAlive() {
    return server != null && server.isAlive();
  }

  /**
   * Returns once the launched platform is ready, as {@link #start} does.
   *
   * @throws IllegalStateException when it exits or is not ready within 8 minutes
   */
  public void awaitReady() {
    Http http = new Http(base());
    Awaitility.await("the platform ready")
        .atMost(STARTUP)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
        .failFast("the platform exited", () -> !server.isAlive())
        .until(
            () -> {
              HttpResponse<String> ready = http.getServer("health/ready");
              // UP with the application's own checks, not Payara's empty answer.
              return ready.statusCode() == 200
                  && ready.body().contains("\"database\"")
                  && ready.body().contains("\"ykc-server\"");
            });
  }

  /**
   * Kills the platform as a power cut would: SIGKILL to its JVM (the launcher execs into it, so it
   * is the child process itself) and to any process it started, with no shutdown hook run.
   *
   * @return the exit status, {@link #KILLED} when SIGKILL ended it
   */
  public int kill() throws InterruptedException {
    destroyForcibly();
    if (!server.waitFor(1, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the platform outlived SIGKILL: " + server.pid());
    }
    return server.exitValue();
  }

  /** Kills the platform if it still runs, without waiting for it to go. */
  @Override
  public void close() {
    if (server != null && server.isAlive()) {
      destroyForcibly();
    }
  }

  /** SIGKILL on Linux (Process.destroyForcibly), to the server and then to its descendants. */
  private void destroyForcibly() {
    List<ProcessHandle> children = server.descendants().toList();
    server.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static void echo(Process process) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        System.out.println(line);
      }
    } catch (IOException closed) {
      // the process died mid-line: nothing more to show
    }
  }
}
