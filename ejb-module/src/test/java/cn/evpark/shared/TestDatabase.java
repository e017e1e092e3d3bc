package cn.evpark.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A fresh MariaDB database of one test class (127.0.0.1:3306, root without password, as the
 * README's Test line prepares), migrated by the application's Flyway scripts, with the
 * application's persistence unit on it through EclipseLink outside a container (resource-local
 * transactions instead of JTA).
 */
public final class TestDatabase implements AutoCloseable {

  static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

  private final String url;
  private final EntityManagerFactory emf;

  private TestDatabase(String url, EntityManagerFactory emf) {
    this.url = url;
    this.emf = emf;
  }

  /** Drops and creates database {@code name}, migrates it and opens the persistence unit. */
  public static TestDatabase create(String name) throws SQLException {
    try (Connection server = DriverManager.getConnection(SERVER, "root", "");
        Statement statement = server.createStatement()) {
      statement.executeUpdate("DROP DATABASE IF EXISTS " + name);
      statement.executeUpdate(
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String url = SERVER + name;
    Flyway.configure()
        .dataSource(url, "root", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory emf =
        Persistence.createEntityManagerFactory(
            "evpark",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "root",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.connection-pool.default.max", "32",
                "eclipselink.weaving", "false"));
    return new TestDatabase(url, emf);
  }

  /** Runs {@code work} in a transaction of its own and commits it; rolls back on an exception. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** An entity manager of its own, for a test that interleaves transactions by hand. */
  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** A plain JDBC connection, for checks in SQL. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "root", "");
  }

  /** The database as a {@link DataSource}, for services that take one by injection. */
  public DataSource dataSource() throws SQLException {
    MariaDbDataSource source = new MariaDbDataSource(url);
    source.setUser("root");
    source.setPassword("");
    return source;
  }

  /** Runs one SQL update. */
  public void update(String sql) throws SQLException {
    try (Connection db = connect();
        Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  @Override
  public void close() {
    emf.close();
  }
}
