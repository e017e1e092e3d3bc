package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.TestDatabase;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which sessions still report, on MariaDB: what the abnormal-order sweep asks every minute. */
class GunSamplesIT {

  static final LocalDateTime SINCE = LocalDateTime.of(2026, 11, 30, 8, 0);

  static TestDatabase db;
  static GunSamples samples;

  @BeforeAll
  static void migrate() throws Exception {
    db = TestDatabase.create("it_gun_samples");
    samples = new GunSamples();
    samples.dataSource = db.dataSource();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static TransactionSerial serial(int n) {
    return TransactionSerial.of(String.format("320102000000010126113008%08d", n));
  }

  static void sample(TransactionSerial serial, LocalDateTime at) throws Exception {
    db.update(
        "INSERT INTO gun_sample (pile_code, gun, transaction_serial, status, plugged,"
            + " output_voltage, output_current, soc, charging_minutes, energy, amount, fault_bits,"
            + " reported_at) VALUES ('32010200000001', 1, '"
            + serial.value()
            + "', 'CHARGING', TRUE, 380, 60, 50, 10, 1, 1, 0, '"
            + at
            + "')");
  }

  @Test
  void reportingSince_namesOnlySessionsWithAFrameAtOrAfterTheTime_acrossChunks() throws Exception {
    List<TransactionSerial> asked = new ArrayList<>();
    for (int n = 1; n <= 1200; n++) {
      asked.add(serial(n));
    }
    sample(serial(1), SINCE.minusMinutes(40));
    sample(serial(2), SINCE.minusMinutes(40));
    sample(serial(2), SINCE);
    sample(serial(3), SINCE.plusMinutes(1));
    sample(serial(1100), SINCE.plusMinutes(5));
    sample(serial(1300), SINCE.plusMinutes(5));

    assertThat(samples.reportingSince(asked, SINCE))
        .containsExactlyInAnyOrder(serial(2), serial(3), serial(1100));
  }
}
