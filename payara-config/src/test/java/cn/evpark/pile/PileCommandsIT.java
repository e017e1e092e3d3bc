package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.charging.PileTransactionRecord;
import cn.evpark.charging.TransactionRecords;
import cn.evpark.it.Deployments;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.tariff.PileBillingModels;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * Commands through the YKC connection factory, as domain services send them, run inside the
 * deployed platform against a simulated pile started in the same server.
 */
@ExtendWith({MicroEnvironment.class, ArquillianExtension.class})
class PileCommandsIT {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final PileCode PILE = PileCode.of("32010200000005");

  /** The assembled WAR plus what the simulated pile needs (Netty comes with the RAR). */
  @Deployment
  static WebArchive application() {
    return Deployments.evparkWar()
        .addClasses(MicroEnvironment.class, MicroEnvironment.Settings.class, MicroProperties.class)
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "ykc-simulator.jar")
                .addPackages(true, Simulator.class.getPackage()))
        .addAsLibraries(
            jarOf(CommandLine.class),
            jarOf(ObjectMapper.class),
            jarOf(com.fasterxml.jackson.core.JsonFactory.class),
            jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
            jarOf(Histogram.class),
            jarOf(Assertions.class),
            jarOf(Awaitility.class),
            jarOf(org.hamcrest.Matcher.class));
  }

  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Simulator simulator() {
    return new Simulator(
        SimulatorConfig.builder().port(Integer.getInteger("ykc.tcp.port")).guns(1).build());
  }

  static YkcConnection ykc() throws Exception {
    YkcConnectionFactory factory = InitialContext.doLookup("java:app/evpark/ykc");
    return factory.getConnection();
  }

  @Test
  void remoteStart_completesWithThePilesResult_andItsBillIsStored() throws Exception {
    try (Simulator simulator = simulator();
        YkcConnection ykc = ykc()) {
      VirtualPile pile = simulator.addPile(PILE);
      assertThat(pile.connect().toCompletableFuture().get(20, TimeUnit.SECONDS).accepted())
          .isTrue();
      // A pile starts nothing before it has its billing model; the login's other work (the
      // 运营状态 sent at every login) can let the start overtake it.
      pile.received(BillingModelReply.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.plugIn(1).toCompletableFuture().get(20, TimeUnit.SECONDS);
      TransactionSerial serial =
          TransactionSerial.of(PILE.value() + "01" + "2611251000" + "000042");

      PileMessage reply =
          ykc.send(
                  new RemoteStart(
                      serial,
                      PILE,
                      1,
                      LogicalCardNumber.NONE,
                      PhysicalCardNumber.NONE,
                      new BigDecimal("100.00")))
              .toCompletableFuture()
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(reply)
          .isEqualTo(
              new RemoteStartResult(serial, PILE, 1, true, Code.of(StartFailureReason.NONE)));
      TransactionRecord bill =
          pile.stopAtPile(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(bill.transactionSerial())
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      TransactionRecords records = InitialContext.doLookup("java:module/TransactionRecords");
      Optional<PileTransactionRecord> stored = records.find(bill);
      assertThat(stored).isPresent();
      assertThat(stored.get().getTransactionSerial()).isEqualTo(serial);
      assertThat(stored.get().getTotalEnergy()).isEqualByComparingTo(bill.totalEnergy());
      awaitChargingSamples(serial);
    }
  }

  /**
   * Waits for the session's real-time frames to be kept by the platform: they are handed over in
   * batches, after the bill may have been acknowledged, and nothing tells a client when.
   */
  static void awaitChargingSamples(TransactionSerial serial) throws Exception {
    DataSource database = InitialContext.doLookup("jdbc/evpark");
    Awaitility.await("real-time frames of " + serial.value() + " stored")
        .atMost(WAIT)
        .until(() -> countSamples(database, serial), count -> count > 0);
  }

  static int countSamples(DataSource database, TransactionSerial serial) throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM gun_sample WHERE transaction_serial = ?")) {
      query.setString(1, serial.value());
      try (ResultSet count = query.executeQuery()) {
        count.next();
        return count.getInt(1);
      }
    }
  }

  /**
   * The 5-minute retry (issue 19) asks the database for the piles not holding their station's
   * model, and keeps the online ones whose last push failed or waited too long, once they are past
   * their login's own check.
   */
  @Test
  void retry_findsTheOnlinePilesHoldingAnOldModel_dueForAnotherPush() throws Exception {
    PileCode online = PileCode.of("32010200000006");
    PileCode offline = PileCode.of("32010200000007");
    PileBillingModels models = InitialContext.doLookup("java:module/PileBillingModels");
    DataSource database = InitialContext.doLookup("jdbc/evpark");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(online);
      assertThat(pile.connect().toCompletableFuture().get(20, TimeUnit.SECONDS).accepted())
          .isTrue();
      pile.received(BillingModelReply.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      Awaitility.await(online.value() + " holds its model")
          .atMost(WAIT)
          .until(
              () -> models.dueForAnotherPush(Duration.ZERO, Duration.ZERO),
              due -> !due.contains(online));

      // both hold an old model, neither push answered: only the online one is due
      holdOld(database, online, "FAILED", 0);
      holdOld(database, offline, null, 0);
      assertThat(models.dueForAnotherPush(Duration.ofMinutes(5), Duration.ZERO))
          .contains(online)
          .doesNotContain(offline);

      // a push sent a minute ago waits; one sent ten minutes ago is due again
      holdOld(database, online, "SENT", 1);
      assertThat(models.dueForAnotherPush(Duration.ofMinutes(5), Duration.ZERO))
          .doesNotContain(online);
      holdOld(database, online, "SENT", 10);
      assertThat(models.dueForAnotherPush(Duration.ofMinutes(5), Duration.ZERO)).contains(online);

      // but not while it is within five minutes of its login: it checks its model itself then
      assertThat(models.dueForAnotherPush(Duration.ofMinutes(5), Duration.ofMinutes(5)))
          .doesNotContain(online);
    }
  }

  /**
   * Records that the pile holds model 0000 (never given to a station) and that its last push ended
   * {@code outcome}, {@code minutesAgo} minutes ago.
   */
  static void holdOld(DataSource database, PileCode code, String outcome, int minutesAgo)
      throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM pile_billing_model"
                    + " WHERE pile_id = (SELECT id FROM pile WHERE code = ?)");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO pile_billing_model (pile_id, held_number, pushed_number, pushed_at,"
                    + " push_outcome) SELECT id, '0000', '0000',"
                    + " TIMESTAMPADD(MINUTE, ?, UTC_TIMESTAMP()), ? FROM pile WHERE code = ?")) {
      delete.setString(1, code.value());
      delete.executeUpdate();
      insert.setInt(1, -minutesAgo);
      insert.setString(2, outcome);
      insert.setString(3, code.value());
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void command_toAnOfflinePile_failsAtOnce() throws Exception {
    try (YkcConnection ykc = ykc()) {
      CompletableFuture<PileMessage> sent =
          ykc.send(
                  new RemoteStart(
                      TransactionSerial.of("3201020000000901" + "2611251000000001"),
                      PileCode.of("32010200000009"),
                      1,
                      LogicalCardNumber.NONE,
                      PhysicalCardNumber.NONE,
                      new BigDecimal("10.00")))
              .toCompletableFuture();

      assertThat(sent).isCompletedExceptionally();
      assertThatThrownBy(sent::join).hasCauseInstanceOf(PileOfflineException.class);
    }
  }
}
