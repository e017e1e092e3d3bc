package cn.evpark.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations on the embedded database of the Run line: the H2 that Payara Micro ships, in
 * MariaDB mode. (On MariaDB they run in every in-container test.)
 */
class MigrationsTest {

  @Test
  void everyMigration_appliesOnH2InMariaDbMode() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    h2.setPassword("sa");

    MigrateResult result =
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    try (Connection connection = DriverManager.getConnection(h2.getURL(), "sa", "sa")) {
      assertThat(tables(connection))
          .contains("operator", "staff_account", "station", "pile", "station_pile_count")
          .contains(
              "charging_fee_standard",
              "charging_fee_segment",
              "reservation_rule",
              "occupancy_rule",
              "station_tariff",
              "pile_billing_model")
          .contains(
              "wechat_pay_merchant", "wechat_pay_public_key", "payment_order", "wechat_refund");
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet tables =
        connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
