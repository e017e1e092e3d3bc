package cn.evpark.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain of its own for the EAR test, driven through {@code asadmin} as enterprise
 * IT would drive it. Its ports start at {@code portBase} (admin +48, HTTP +80).
 */
final class PayaraServer implements AutoCloseable {

  static final String DOMAIN = "evpark-it";

  private final Path home;
  private final int portBase;
  private Duration startedIn;

  private PayaraServer(Path home, int portBase) {
    this.home = home;
    this.portBase = portBase;
  }

  /** Creates the domain afresh with the JDBC driver in its library, and starts it. */
  static PayaraServer start(Path home, int portBase, Path jdbcDriver) throws Exception {
    PayaraServer server = new PayaraServer(home, portBase);
    Path domain = home.resolve("glassfish/domains").resolve(DOMAIN);
    if (Files.exists(domain)) {
      server.asadminLocal("stop-domain", DOMAIN);
      server.asadminLocal("delete-domain", DOMAIN);
    }
    server.asadminLocal(
        "create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), DOMAIN);
    Files.copy(
        jdbcDriver,
        domain.resolve("lib").resolve(jdbcDriver.getFileName()),
        StandardCopyOption.REPLACE_EXISTING);
    long begin = System.nanoTime();
    server.asadminLocal("start-domain", DOMAIN);
    server.startedIn = Duration.ofNanos(System.nanoTime() - begin);
    return server;
  }

  /** Time {@code asadmin start-domain} took: from launch to the domain answering. */
  Duration startedIn() {
    return startedIn;
  }

  /** Resident memory of the domain's JVM in MB (its pid file); -1 when not readable. */
  long residentMegabytes() throws IOException {
    Path pid = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("config/pid");
    return Files.exists(pid)
        ? ResidentMemory.megabytes(Long.parseLong(Files.readString(pid).strip()))
        : -1;
  }

  int httpPort() {
    return portBase + 80;
  }

  /** Runs a remote subcommand against the running domain; fails when asadmin does. */
  String asadmin(String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("--port", String.valueOf(portBase + 48)));
    args.addAll(List.of(command));
    return run(args);
  }

  private String asadminLocal(String... command) throws IOException, InterruptedException {
    return run(List.of(command));
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(home.resolve("bin/asadmin").toString());
    line.addAll(command);
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("asadmin " + command + " did not finish");
    }
    boolean stopping = command.contains("stop-domain") || command.contains("delete-domain");
    if (process.exitValue() != 0 && !stopping) {
      throw new IllegalStateException("asadmin " + command + " failed:\n" + output);
    }
    return output;
  }

  /** The domain's server log, for failures. */
  String log() throws IOException {
    Path log = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws Exception {
    asadminLocal("stop-domain", DOMAIN);
    asadminLocal("delete-domain", DOMAIN);
  }
}
