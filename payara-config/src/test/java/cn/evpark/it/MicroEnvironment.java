package cn.evpark.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares the Payara Micro of one test class before Arquillian starts it: a fresh MariaDB database
 * of its own, a free YKC port, and the launch files arquillian.xml points at — the assembly's own
 * post-boot file with the class's values filled in, and the JVM options.
 *
 * <p>Register it before {@code ArquillianExtension}: {@code @ExtendWith({MicroEnvironment.class,
 * ArquillianExtension.class})}.
 */
public final class MicroEnvironment implements BeforeAllCallback {

  /** The administrator password every test Micro starts with. */
  public static final String ADMIN_PASSWORD = "it-admin-password";

  static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

  private static volatile MicroEnvironment.Settings current;

  /** What the running test class's Micro was started with. */
  public record Settings(String database, int ykcPort) {

    /** A JDBC connection to the class's database, for assertions on what the platform stored. */
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(MARIADB + database, "root", "");
    }
  }

  /** Makes {@code settings} those of the test classes that follow, e.g. a shared platform's. */
  static void use(Settings settings) {
    current = settings;
  }

  public static Settings settings() {
    Settings settings = current;
    if (settings == null) {
      throw new IllegalStateException("MicroEnvironment did not run for this test class");
    }
    return settings;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (System.getProperty("evpark.micro.dir") == null) {
      // In the container, where an in-container test runs: the Micro is prepared already.
      return;
    }
    ServerLog.install();
    Class<?> testClass = context.getRequiredTestClass();
    String database = databaseOf(testClass);
    recreate(database);
    int ykcPort = freePort();

    Path micro = Path.of(System.getProperty("evpark.micro.dir"));
    Path dir = Files.createDirectories(Path.of(System.getProperty("evpark.it.dir")));
    String postboot = Files.readString(micro.resolve("etc/postboot.asadmin"));
    Map<String, String> env =
        Map.of(
            "YKC_DB_CLASS",
            "com.mysql.cj.jdbc.MysqlDataSource",
            "YKC_DB_POOL_MAX",
            "16",
            "YKC_DB_PROPERTIES",
            "url=jdbc\\:mysql\\://127.0.0.1\\:3306/"
                + database
                + "?user\\=root&rewriteBatchedStatements\\=true&useLocalSessionState\\=true",
            "YKC_DB_SCHEMA",
            database,
            "YKC_RAR",
            micro.resolve("deploy/connector-ykc.rar").toString());
    for (Map.Entry<String, String> e : env.entrySet()) {
      postboot = postboot.replace("${ENV=" + e.getKey() + "}", e.getValue());
    }
    if (postboot.contains("${ENV=")) {
      throw new IllegalStateException("post-boot file needs a variable the tests do not set");
    }
    Files.writeString(dir.resolve("postboot.asadmin"), postboot, StandardCharsets.UTF_8);

    List<String> jvm = new ArrayList<>();
    jvm.add("-Xmx768m");
    // C1 only, as MicroProcess: on two busy cores the Micro boots in about half the time, and
    // the tests measure no speed.
    jvm.add("-XX:TieredStopAtLevel=1");
    jvm.add("-Dykc.tcp.port=" + ykcPort);
    jvm.add("-Dykc.admin.password=" + ADMIN_PASSWORD);
    jvm.add("-Dykc.demo=true");
    // the platform's files (parking photos) stay in the build's output, not in the user's home
    jvm.add("-Dykc.data-dir=" + dir.resolve("data").toAbsolutePath());
    MicroProperties extra = testClass.getAnnotation(MicroProperties.class);
    if (extra != null) {
      for (String property : extra.value()) {
        jvm.add("-D" + property);
      }
    }
    Files.write(dir.resolve("micro.args"), jvm, StandardCharsets.UTF_8);
    current = new Settings(database, ykcPort);
  }

  /**
   * The name of a test class's own database: {@code EVPARK_IT_DB_PREFIX} (default {@code it_}), the
   * test JVM's part (system property {@code evpark.it.fork}, {@code f<N>_} as failsafe numbers its
   * forks) and the class's simple name in lower case, so neither concurrent test runs given
   * different prefixes nor the JVMs of one run share databases (SharedPlatform's is one per JVM).
   */
  static String databaseOf(Class<?> testClass) {
    return System.getenv().getOrDefault("EVPARK_IT_DB_PREFIX", "it_")
        + System.getProperty("evpark.it.fork", "")
        + testClass.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** Drops and creates the database, empty: the platform's migrations fill it at its start. */
  static void recreate(String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(MARIADB, "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new SQLException(
          "MariaDB must answer on 127.0.0.1:3306 as root without a password (the test command"
              + " starts it): "
              + e.getMessage(),
          e);
    }
  }

  /** A TCP port free on this machine now. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
