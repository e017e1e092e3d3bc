package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.TestDatabase;
import cn.evpark.ykc.protocol.BillingModelNumber;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB: the first status row of a pile, created by two transactions at once (a 0x05 at login
 * and the retry timer's push). The later one read before the earlier one committed, so it finds no
 * row; it must still commit, and its change must land on the one row.
 */
class PileModelStatusRaceIT {

  static TestDatabase db;

  @BeforeAll
  static void onePile() throws Exception {
    db = TestDatabase.create("it_pile_model_status");
    db.update("INSERT INTO operator (id, name, created_at) VALUES (1, '运营商', NOW())");
    db.update(
        "INSERT INTO station (id, operator_id, name, address, created_at)"
            + " VALUES (1, 1, '一号站', '地址', NOW())");
    db.update(
        "INSERT INTO pile (id, station_id, code, kind, gun_count, enabled, created_at)"
            + " VALUES (1, 1, '32010600019236', 'DC', 2, TRUE, NOW())");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static PileBillingModels models(EntityManager em) {
    PileBillingModels models = new PileBillingModels();
    models.em = em;
    models.clock = Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneId.of("Asia/Shanghai"));
    return models;
  }

  @Test
  void aLaterTransactionThatFoundNoRowStillCommitsOnTheRowTheEarlierOneCreated() throws Exception {
    EntityManager later = db.entityManager();
    later.getTransaction().begin();
    // As under JTA, every read of the later transaction is in its database transaction: a
    // resource-local one starts at its first write, and its first read fixes what it sees.
    later.createNativeQuery("UPDATE operator SET name = name WHERE id = 1").executeUpdate();
    assertThat(later.find(PileModelStatus.class, 1L)).isNull();

    db.inTransaction(
        em -> {
          models(em).recordPushing(1L, BillingModelNumber.of("0001"));
          return null;
        });

    models(later).recordPushEnded(1L, BillingModelNumber.of("0001"), PushOutcome.ACCEPTED);
    later.getTransaction().commit();
    later.close();

    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT pushed_number, push_outcome FROM pile_billing_model")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("0001");
      assertThat(rows.getString(2)).isEqualTo("ACCEPTED");
      assertThat(rows.next()).isFalse();
    }
  }
}
