package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Bills;
import cn.evpark.it.Deployments;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.it.RunsAlone;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionAckResult;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.protocol.message.WorkParameters;
import cn.evpark.ykc.simulator.Fault;
import cn.evpark.ykc.simulator.PileListener;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pile sessions on the YKC server of the deployed platform, driven by simulated piles: heartbeats,
 * refused logins, take-over, silence, and transaction records stored once and acknowledged every
 * time — also when a pile re-sends one after the server restarted.
 */
@RunsAlone
@ExtendWith({MicroEnvironment.class, ArquillianExtension.class})
@MicroProperties("ykc.idle-timeout-seconds=3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PileSessionsIT {

  static final String APP = "app";
  static final Duration WAIT = Duration.ofSeconds(20);

  private static boolean deployed;

  @Deployment(name = APP, managed = false, testable = false)
  static WebArchive application() {
    return Deployments.evparkWar();
  }

  @ArquillianResource Deployer deployer;

  void deployOnce() {
    if (!deployed) {
      deployer.deploy(APP);
      deployed = true;
    }
  }

  static Simulator simulator() {
    return simulator(Duration.ofSeconds(1));
  }

  static Simulator simulator(Duration reconnectMin) {
    return new Simulator(
        SimulatorConfig.builder()
            .port(MicroEnvironment.settings().ykcPort())
            .guns(1)
            .heartbeatInterval(Duration.ofSeconds(1))
            .reconnect(reconnectMin, reconnectMin.multipliedBy(2))
            .build());
  }

  static boolean logIn(VirtualPile pile) throws Exception {
    return pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).accepted();
  }

  @Test
  void heartbeats_areAnswered() throws Exception {
    deployOnce();
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000001"));
      assertThat(logIn(pile)).isTrue();

      HeartbeatReply reply =
          pile.nextReceived(HeartbeatReply.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(reply.pileCode()).isEqualTo(pile.code());
      assertThat(simulator.report().errors()).isEmpty();
    }
  }

  /** Issue 14: a parallel-charging request (0xA1) is answered, refused, never met by silence. */
  @Test
  void parallelStartRequest_isAnsweredWithARefusal_andTheGunStaysIdle() throws Exception {
    deployOnce();
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000006"));
      assertThat(logIn(pile)).isTrue();
      // The pile asks for nothing before it holds its billing model.
      pile.received(BillingModelReply.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      ParallelSessionNumber session = ParallelSessionNumber.of("261130201500");

      ParallelStartReply reply =
          pile.requestParallelStart(
                  1, PhysicalCardNumber.of("00000000D14B0A54"), GunRole.MAIN, session)
              .toCompletableFuture()
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(reply.authorised()).isFalse();
      assertThat(reply.failureReason()).isEqualTo(AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE);
      assertThat(reply.gun()).isEqualTo(1);
      assertThat(reply.parallelSession()).isEqualTo(session);
      assertThat(pile.gun(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).status())
          .isEqualTo(GunStatus.IDLE);
    }
  }

  @Test
  void disabledPile_isRefused_andAnEnabledOneIsPutInServiceAtLogin() throws Exception {
    deployOnce();
    update("UPDATE pile SET enabled = FALSE WHERE code = '32010200000002'");
    try (Simulator simulator = simulator(Duration.ofMinutes(5))) {
      assertThat(logIn(simulator.addPile(PileCode.of("32010200000002")))).isFalse();

      VirtualPile enabled = simulator.addPile(PileCode.of("32010200000010"));
      assertThat(logIn(enabled)).isTrue();
      WorkParameters parameters =
          enabled.received(WorkParameters.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(parameters.outOfService()).isFalse();
    }
  }

  @Test
  void secondLogin_takesOver_andClosesTheFirstConnection() throws Exception {
    deployOnce();
    PileCode code = PileCode.of("32010200000003");
    try (Simulator first = simulator(Duration.ofMinutes(5));
        Simulator second = simulator(Duration.ofMinutes(5))) {
      VirtualPile before = first.addPile(code);
      CompletableFuture<Void> closed = disconnection(before);
      assertThat(logIn(before)).isTrue();

      assertThat(logIn(second.addPile(code))).isTrue();

      closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      // The two connections' session events are recorded after the logins were answered, each in
      // a transaction of its own and possibly at once: the row must end up on the second one.
      Awaitility.await("32010200000003 recorded online on its second connection")
          .atMost(WAIT)
          .until(
              () ->
                  queryInt(
                      "SELECT COUNT(*) FROM pile WHERE code = '32010200000003'"
                          + " AND connection_id IS NOT NULL"),
              count -> count == 1);
    }
  }

  @Test
  void silentPile_isDisconnected_andGoesOffline() throws Exception {
    deployOnce();
    try (Simulator simulator = simulator(Duration.ofMinutes(5))) {
      VirtualPile pile = simulator.addPile(PileCode.of("32010200000004"));
      CompletableFuture<Void> closed = disconnection(pile);
      assertThat(logIn(pile)).isTrue();

      pile.inject(Fault.SILENCE).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      // The platform records the session's end after the connection closed, in a transaction of
      // its own: nothing tells a client when, so the test waits for the row to say so.
      Awaitility.await("32010200000004 recorded offline")
          .atMost(WAIT)
          .until(
              () ->
                  queryInt(
                      "SELECT COUNT(*) FROM pile WHERE code = '32010200000004'"
                          + " AND last_offline_at IS NOT NULL AND connection_id IS NULL"),
              count -> count == 1);
    }
  }

  @Test
  void transactionRecord_isStoredOnce_andEveryCopyAcknowledged() throws Exception {
    deployOnce();
    TransactionRecord bill = bill(PileCode.of("32010200000007"));
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(bill.pileCode());
      assertThat(logIn(pile)).isTrue();

      assertThat(sendAndAwaitAck(pile, bill).result()).isEqualTo(TransactionAckResult.RECEIVED);
      assertThat(sendAndAwaitAck(pile, bill).result()).isEqualTo(TransactionAckResult.RECEIVED);

      assertThat(storedCopies(bill)).isEqualTo("1 row, 2 copies");
    }
  }

  /**
   * Last, as it stops the server: the tests before it share one start (a start costs more than all
   * of them), none needs another's data.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void transactionRecord_resentAfterARestart_isAcknowledgedWithoutASecondBill() throws Exception {
    deployOnce();
    TransactionRecord bill = bill(PileCode.of("32010200000008"));
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(bill.pileCode());
      assertThat(logIn(pile)).isTrue();
      assertThat(sendAndAwaitAck(pile, bill).result()).isEqualTo(TransactionAckResult.RECEIVED);
    }
    deployer.undeploy(APP);
    deployer.deploy(APP);

    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(bill.pileCode());
      assertThat(logIn(pile)).isTrue();

      assertThat(sendAndAwaitAck(pile, bill).result()).isEqualTo(TransactionAckResult.RECEIVED);

      assertThat(storedCopies(bill)).isEqualTo("1 row, 2 copies");
    } finally {
      deployer.undeploy(APP);
      deployed = false;
    }
  }

  static TransactionRecordAck sendAndAwaitAck(VirtualPile pile, TransactionRecord bill)
      throws Exception {
    CompletableFuture<TransactionRecordAck> ack = pile.nextReceived(TransactionRecordAck.class);
    pile.send(bill).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    TransactionRecordAck received = ack.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(received.transactionSerial()).isEqualTo(bill.transactionSerial());
    return received;
  }

  static String storedCopies(TransactionRecord bill) throws SQLException {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT COUNT(*), MAX(copies_received) FROM pile_transaction_record"
                    + " WHERE transaction_serial = '"
                    + bill.transactionSerial().value()
                    + "'")) {
      rows.next();
      return rows.getInt(1) + " row, " + rows.getInt(2) + " copies";
    }
  }

  static CompletableFuture<Void> disconnection(VirtualPile pile) {
    CompletableFuture<Void> closed = new CompletableFuture<>();
    pile.addListener(
        new PileListener() {
          @Override
          public void disconnected(VirtualPile p) {
            closed.complete(null);
          }
        });
    return closed;
  }

  static void update(String sql) throws SQLException {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  static int queryInt(String sql) throws SQLException {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }

  /** A 12.5 kWh session on the flat tier at 1.5 yuan/kWh, stopped from the app. */
  static TransactionRecord bill(PileCode pile) {
    return Bills.flat(
        pile,
        TransactionSerial.of(pile.value() + "01" + "2611250900" + "000001"),
        LocalDateTime.of(2026, 11, 25, 9, 0),
        Duration.ofMinutes(45),
        "12.5",
        "18.75",
        TransactionType.APP,
        StopReason.REMOTE_STOP);
  }
}
