package cn.evpark.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version of this build before anything else touches it: Flyway
 * applies the versioned scripts of {@code db/migration} once, at start-up. Several instances
 * starting together are safe (Flyway locks its history table).
 *
 * <p>A database that already holds tables of another owner but no history yet is marked at version
 * 0 and then migrated from V1: WildFly's batch job repository creates its tables ({@code
 * JOB_INSTANCE} …) in the application database when the server starts, before any deployment
 * (README "Deploying the EAR on WildFly"). A database holding the platform's own tables always has
 * the history table, so this never skips a script.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/evpark")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .baselineDescription("before the first script")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
