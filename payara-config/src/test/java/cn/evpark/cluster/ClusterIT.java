package cn.evpark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroProcess;
import cn.evpark.it.RunsAlone;
import cn.evpark.it.Sessions;
import cn.evpark.it.Settlements;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.simulator.GunSnapshot;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

/**
 * Three platform instances as one cluster (issue 19), each its own process on one host and one
 * database, joined in a data grid over TCP as the README's production guide sets them up: a command
 * issued on instance 1 reaches a pile logged in on instance 3 and its answer comes back; instance 1
 * shows the live state of piles on the others; a pile that moves from instance 2 to 3 is taken over
 * (its old session closed on 2); instance 2 killed with SIGKILL: the grid forgets its piles, they
 * show offline and their 在线 state is recorded ended, and once they log in on another instance
 * commands reach them again.
 *
 * <p>Once-per-cluster nightly work on several instances is {@code NightlyCrashIT}'s.
 */
@RunsAlone
class ClusterIT {

  static final Duration WAIT = Duration.ofSeconds(60);

  /** Demo piles (YKC_DEMO): one per scene. */
  static final PileCode ON_THREE = PileCode.of("32010200000001");

  static final PileCode MOVING = PileCode.of("32010200000002");
  static final PileCode ON_TWO = PileCode.of("32010200000003");
  static final PileCode IN_FLIGHT = PileCode.of("32010200000004");

  /** The driver charging at {@link #IN_FLIGHT}. */
  static final String PHONE = "13800000019";

  @Test
  void threeInstances_routeCommands_takeOverPiles_andForgetAKilledOne() throws Exception {
    int[] grid = {freePort(), freePort(), freePort()};
    String members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1] + ",127.0.0.1:" + grid[2];
    String cluster = "evpark-it-" + ProcessHandle.current().pid();
    try (MicroProcess one =
        MicroProcess.prepare(getClass(), member(members, cluster, grid[0], 1))) {
      // the first creates the schema and the demo piles; the others join it
      one.start();
      try (MicroProcess two = MicroProcess.beside(one, member(members, cluster, grid[1], 2));
          MicroProcess three = MicroProcess.beside(one, member(members, cluster, grid[2], 3))) {
        two.launch();
        three.launch();
        two.awaitReady();
        three.awaitReady();
        Http admin = new Http(one.base());
        // a pile's old session on instance 2 must stay closed: it does not come back on its own
        try (TcpBalancer balancer = new TcpBalancer(two.settings().ykcPort());
            Simulator onTwo = simulator(two.settings().ykcPort(), Duration.ofHours(1));
            Simulator onThree = simulator(three.settings().ykcPort(), Duration.ofSeconds(1));
            Simulator behindBalancer = simulator(balancer.port(), Duration.ofMillis(250))) {

          // a command on instance 1 for a pile on instance 3, and the pile's state
          VirtualPile pile = onThree.addPile(ON_THREE);
          Sessions.logIn(pile);
          pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
          Sessions.synced(pile);
          HttpResponse<String> synced =
              await("time-sync of " + ON_THREE + " through instance 1")
                  .until(
                      () -> admin.post("api/admin/piles/" + ON_THREE.value() + "/time-sync"),
                      answer -> answer.statusCode() == 200);
          assertThat(synced.body()).contains("\"pileTime\":\"20");
          assertThat(admin.get("api/admin/piles/" + ON_THREE.value()).body())
              .contains("\"online\":true")
              .contains("\"gunStates\":[\"PLUGGED\"");

          // a pile moves from instance 2 to instance 3: its session on 2 is closed
          VirtualPile first = onTwo.addPile(MOVING);
          Sessions.logIn(first);
          assertThat(admin.get("api/admin/piles/" + MOVING.value()).body())
              .contains("\"online\":true");
          VirtualPile moved = onThree.addPile(MOVING);
          Sessions.logIn(moved);
          await(MOVING + "'s session on instance 2 closed").until(() -> !first.isLoggedIn());
          assertThat(moved.isLoggedIn()).isTrue();
          assertThat(admin.post("api/admin/piles/" + MOVING.value() + "/time-sync").statusCode())
              .isEqualTo(200);

          // instance 2 killed with an order in flight at a pile behind the load balancer, and
          // a pile connected to it directly that does not come back
          VirtualPile stranded = onTwo.addPile(ON_TWO);
          Sessions.logIn(stranded);
          VirtualPile charging = Sessions.pluggedIn(behindBalancer, IN_FLIGHT);
          Http driver = admin.asDriver(DriverLogin.token(one.base(), PHONE));
          HttpResponse<String> toppedUp = Sessions.topUp(admin, PHONE, "100.00", "cluster-it");
          assertThat(toppedUp.statusCode()).as(toppedUp.body()).isEqualTo(201);
          HttpResponse<String> started = Sessions.start(driver, IN_FLIGHT, "cluster-it-start");
          assertThat(started.statusCode()).as("a start through instance 1").isEqualTo(201);
          TransactionSerial serial =
              TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
          await(IN_FLIGHT + " charging")
              .until(() -> gun(charging).transactionSerial().equals(serial));
          long onTwoConnection = connectionOf(one, IN_FLIGHT).orElseThrow();
          assertThat(connectionOf(one, ON_TWO)).isPresent();
          balancer.pointTo(three.settings().ykcPort());
          assertThat(two.kill()).isEqualTo(MicroProcess.KILLED);

          // the grid forgets the stranded pile, which is offline until it logs in again
          await(ON_TWO + " recorded offline after instance 2 died")
              .until(() -> connectionOf(one, ON_TWO).isEmpty());
          assertThat(admin.get("api/admin/piles/" + ON_TWO.value()).body())
              .contains("\"online\":false");
          assertThat(admin.post("api/admin/piles/" + ON_TWO.value() + "/time-sync").statusCode())
              .as("a command for a pile no instance holds")
              .isEqualTo(409);
          Sessions.logIn(onThree.addPile(ON_TWO));
          assertThat(admin.post("api/admin/piles/" + ON_TWO.value() + "/time-sync").statusCode())
              .isEqualTo(200);
          assertThat(connectionOf(one, ON_TWO)).isPresent();

          // the charging pile came back through the balancer on instance 3; its bill settles once
          await(IN_FLIGHT + " logged in again on instance 3")
              .until(
                  () ->
                      charging.isLoggedIn()
                          && connectionOf(one, IN_FLIGHT)
                              .filter(c -> c != onTwoConnection)
                              .isPresent());
          TransactionRecord bill =
              charging.stopAtPile(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
          charging
              .acknowledged(bill.transactionSerial())
              .toCompletableFuture()
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);
          String key = IN_FLIGHT.value() + ":" + serial.value();
          List<Settlements.Order> orders =
              Settlements.orders(one.settings()).stream().filter(o -> o.key().equals(key)).toList();
          assertThat(orders).hasSize(1);
          Settlements.Order order = orders.get(0);
          assertThat(order.state()).isEqualTo("SETTLED");
          assertThat(order.total()).isPositive().isEqualByComparingTo(order.paid());
          assertThat(Settlements.postings(one.settings()))
              .filteredOn(posting -> posting.idempotencyKey().equals("settlement:" + key))
              .hasSize(1);
          String wallets = driver.get("api/driver/wallets").body();
          assertThat(new BigDecimal(Json.field(wallets, "balance")))
              .isEqualByComparingTo(new BigDecimal("100.00").subtract(order.total()));
          assertThat(Ledgers.balancesMatchEntries(one.settings())).isTrue();
        }
      }
    }
  }

  /** The launcher's cluster settings for member {@code n} (README "Running several instances"). */
  static Map<String, String> member(String members, String cluster, int gridPort, int n) {
    return Map.of(
        "YKC_CLUSTER_MEMBERS",
        members,
        "YKC_CLUSTER_NAME",
        cluster,
        "YKC_CLUSTER_PORT",
        String.valueOf(gridPort),
        "YKC_CLUSTER_INTERFACE",
        "127.0.0.1",
        "YKC_INSTANCE_NAME",
        "instance-" + n);
  }

  /**
   * Piles on {@code port} that reconnect after {@code reconnect}, charge fast and send a bill again
   * every second until it is acknowledged.
   */
  static Simulator simulator(int port, Duration reconnect) {
    return new Simulator(
        SimulatorConfig.builder()
            .port(port)
            .guns(1)
            .chargingDataInterval(Duration.ofMillis(500))
            .chargePowerKw(1800)
            .recordRetryInterval(Duration.ofSeconds(1))
            .reconnect(reconnect, reconnect)
            .build());
  }

  static GunSnapshot gun(VirtualPile pile) throws Exception {
    return pile.gun(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The connection the database records the pile online on; empty while it is offline. */
  static Optional<Long> connectionOf(MicroProcess instance, PileCode code) throws Exception {
    try (Connection db = instance.settings().connect();
        PreparedStatement query =
            db.prepareStatement("SELECT connection_id FROM pile WHERE code = ?")) {
      query.setString(1, code.value());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        long id = row.getLong(1);
        return row.wasNull() ? Optional.empty() : Optional.of(id);
      }
    }
  }

  static ConditionFactory await(String what) {
    return Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(500));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
