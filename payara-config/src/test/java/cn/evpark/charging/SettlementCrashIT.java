package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroProcess;
import cn.evpark.it.RecordTraffic;
import cn.evpark.it.RunsAlone;
import cn.evpark.it.Sessions;
import cn.evpark.it.Settlements;
import cn.evpark.it.Settlements.Order;
import cn.evpark.it.Settlements.Posting;
import cn.evpark.it.Settlements.StoredRecord;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.simulator.GunSnapshot;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The crash proof (money.md §2, §4; ykc-protocol.md §11.4): the platform killed with
 * SIGKILL in the middle of a stream of settlements from several piles, some records acknowledged
 * and others in flight, then started again on the same database; the piles re-send what was not
 * acknowledged. In the end every record is stored once and acknowledged, every order settled once
 * by one ledger transaction, the ledger balances, and each driver's wallet holds what its settled
 * orders left of its top-ups, the shortfall as arrears.
 *
 * <p>Five drivers charge in turn at five piles, one order each per round, started by the driver API
 * and stopped at the pile; a sixth driver, short of money, charges once until the platform stops
 * the session at its balance; two more piles bill offline sessions (no driver, no money). In the
 * kill round every pile ends its sessions at once; at the first acknowledgement of that burst the
 * offline piles bill a second wave and the platform dies as it arrives. The platform is a black
 * box: TCP, HTTP and its database.
 */
@RunsAlone
class SettlementCrashIT {

  static final Duration WAIT = ChargingOrdersIT.WAIT;
  static final PileCode FIRST_PILE = PileCode.of("32010200000001");
  static final int DRIVERS = 5;
  static final int ROUNDS = 4;
  static final int KILL_ROUND = 3;
  static final int OFFLINE_PER_ROUND = 1;
  static final int OFFLINE_PER_WAVE = 4;
  static final BigDecimal TOP_UP = new BigDecimal("50.00");

  /** 1,800 kW for 500 ms: 0.25 kWh a frame, so amounts are exact at the tariff's prices. */
  static final BigDecimal SESSION_KWH = new BigDecimal("0.5");

  /**
   * The short driver's money: the pile's minimum start amount and a fen, so no running amount (a
   * frame costs a multiple of 0.05 yuan at every tier) stops exactly on it and the record always
   * costs more than the wallet holds.
   */
  static final BigDecimal SHORT_TOP_UP = new BigDecimal("2.01");

  static final BigDecimal OFFLINE_KWH = new BigDecimal("12.5");
  static final PhysicalCardNumber CARD = PhysicalCardNumber.of("00000000C0FFEE01");

  /** A driver with a wallet at the demo operator, charging at one pile. */
  record Driver(long id, BigDecimal topUp, Http api, VirtualPile pile) {}

  private final RecordTraffic traffic = new RecordTraffic();
  private Set<String> unacknowledgedAtKill = Set.of();
  private LocalDateTime killedAt;

  @Test
  void killedMidStream_thenRestarted_settlesEveryRecordExactlyOnce() throws Exception {
    try (MicroProcess micro = MicroProcess.prepare(getClass(), tokenKeys());
        Simulator simulator = simulator(micro.settings().ykcPort())) {
      micro.start();
      List<VirtualPile> piles = simulator.addPiles(FIRST_PILE, DRIVERS + 3);
      for (VirtualPile pile : piles) {
        pile.addListener(traffic);
        Sessions.logIn(pile);
      }
      Http admin = new Http(micro.base());
      long operator = Sessions.demoOperator(admin);
      List<Driver> drivers = new ArrayList<>();
      for (int i = 0; i < DRIVERS; i++) {
        drivers.add(driver(micro, operator, "1390000001" + i, TOP_UP, piles.get(i)));
      }
      Driver shortOfMoney =
          driver(micro, operator, "13900000019", SHORT_TOP_UP, piles.get(DRIVERS));
      List<VirtualPile> offline = piles.subList(DRIVERS + 1, piles.size());

      for (int round = 1; round <= ROUNDS; round++) {
        for (Driver driver : drivers) {
          start(driver, "round-" + round);
        }
        for (Driver driver : drivers) {
          ChargingOrdersIT.await(() -> gun(driver.pile()).energy().compareTo(SESSION_KWH) >= 0);
        }
        if (round == KILL_ROUND) {
          start(shortOfMoney, "short");
          ChargingOrdersIT.await(() -> gun(shortOfMoney.pile()).transactionSerial().isNone());
          allAcknowledged(List.of(shortOfMoney.pile()));
        }
        if (round != KILL_ROUND) {
          endSessions(drivers, offline, round, 1, OFFLINE_PER_ROUND);
        } else {
          CountDownLatch acknowledgement = traffic.countAcknowledgements(1);
          endSessions(drivers, offline, round, 1, OFFLINE_PER_WAVE);
          assertThat(acknowledgement.await(WAIT.toSeconds(), TimeUnit.SECONDS))
              .as("the first acknowledgement of the kill round")
              .isTrue();
          // A second wave just sent is in flight however fast (or batched) the first was settled.
          endSessions(List.of(), offline, round, OFFLINE_PER_WAVE + 1, 2 * OFFLINE_PER_WAVE);
          crashAndRestart(micro, piles);
        }
        allAcknowledged(piles);
      }

      List<Order> orders = Settlements.orders(micro.settings());
      assertStoredAndSettledOnce(micro, orders);
      for (Driver driver : drivers) {
        assertThat(walletFollowsOrders(driver, orders))
            .as("arrears of a driver with money")
            .isZero();
      }
      assertThat(walletFollowsOrders(shortOfMoney, orders))
          .as("the short driver's arrears")
          .isPositive();
      assertThat(Ledgers.balancesMatchEntries(micro.settings())).isTrue();
    }
  }

  /**
   * Ends every driver's session at its pile and bills the offline sessions {@code first} to {@code
   * last} of the round at each offline pile, all at once; returns when the piles have sent the
   * records, not when they are acknowledged.
   */
  static void endSessions(
      List<Driver> drivers, List<VirtualPile> offline, int round, int first, int last)
      throws Exception {
    List<CompletableFuture<TransactionRecord>> ended = new ArrayList<>();
    for (Driver driver : drivers) {
      ended.add(driver.pile().stopAtPile(1).toCompletableFuture());
    }
    for (VirtualPile pile : offline) {
      for (int n = first; n <= last; n++) {
        ended.add(
            pile.chargeOffline(1, offlineSerial(pile, round, n), CARD, OFFLINE_KWH)
                .toCompletableFuture());
      }
    }
    CompletableFuture.allOf(ended.toArray(CompletableFuture[]::new))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Kills the platform now, proves records were in flight, and starts it on the same database. */
  void crashAndRestart(MicroProcess micro, List<VirtualPile> piles) throws Exception {
    unacknowledgedAtKill = traffic.unacknowledged();
    int acknowledgedBefore = traffic.records().size() - unacknowledgedAtKill.size();
    killedAt = LocalDateTime.now(ZoneOffset.UTC);
    int status = micro.kill();
    int inFlight = 0;
    for (VirtualPile pile : piles) {
      inFlight += pile.pendingRecords().toCompletableFuture().get().size();
    }
    System.out.printf(
        "killed: %d records acknowledged, %d held by the piles unacknowledged%n",
        acknowledgedBefore, inFlight);
    assertThat(status).as("exit status of a SIGKILL").isEqualTo(MicroProcess.KILLED);
    assertThat(inFlight).as("records in flight when the platform died").isPositive();
    assertThat(acknowledgedBefore).as("records acknowledged before it died").isPositive();
    micro.start();
  }

  /** Waits until the piles hold no unacknowledged record and each is back online and synced. */
  static void allAcknowledged(List<VirtualPile> piles) throws Exception {
    for (VirtualPile pile : piles) {
      ChargingOrdersIT.await(
          () -> pile.isLoggedIn() && pile.pendingRecords().toCompletableFuture().get().isEmpty());
      Sessions.synced(pile);
    }
  }

  /**
   * Every record the piles sent is stored once and settled; its order once, at the pile's amount;
   * every order a driver pays has one ledger transaction, debiting the driver its total.
   */
  void assertStoredAndSettledOnce(MicroProcess micro, List<Order> orders) throws Exception {
    Map<String, TransactionRecord> sent = traffic.records();
    List<StoredRecord> stored = Settlements.records(micro.settings());
    List<Posting> postings = Settlements.postings(micro.settings());
    System.out.printf(
        "%d records sent in %d copies; the platform counted %d copies; %d records settled before"
            + " the kill were acknowledged only after the restart%n",
        sent.size(),
        traffic.copiesSent(),
        stored.stream().mapToInt(StoredRecord::copies).sum(),
        stored.stream()
            .filter(r -> unacknowledgedAtKill.contains(r.key()))
            // stored times are whole seconds; the restart takes far longer than one
            .filter(r -> r.receivedAt().isBefore(killedAt.plusSeconds(1)))
            .count());

    assertThat(traffic.unacknowledged()).as("records never acknowledged").isEmpty();
    assertThat(stored)
        .extracting(StoredRecord::key)
        .as("records stored")
        .containsExactlyInAnyOrderElementsOf(sent.keySet());
    assertThat(stored).allSatisfy(r -> assertThat(r.settled()).as(r.key()).isTrue());
    assertThat(orders)
        .extracting(Order::key)
        .as("orders")
        .containsExactlyInAnyOrderElementsOf(sent.keySet());
    Map<String, BigDecimal> totals = new HashMap<>();
    for (Order order : orders) {
      assertThat(order.state()).as(order.key()).isEqualTo("SETTLED");
      assertThat(order.total())
          .as("total of " + order.key())
          .isEqualByComparingTo(
              sent.get(order.key()).totalAmount().setScale(2, RoundingMode.HALF_UP));
      if (order.driverId() != 0 && order.total().signum() > 0) {
        totals.put("settlement:" + order.key(), order.total());
      }
    }
    assertThat(postings)
        .extracting(Posting::idempotencyKey)
        .as("ledger transactions of settlements")
        .containsExactlyInAnyOrderElementsOf(totals.keySet());
    for (Posting posting : postings) {
      assertThat(posting.debited().negate())
          .as(posting.idempotencyKey())
          .isEqualByComparingTo(totals.get(posting.idempotencyKey()));
    }
  }

  /**
   * Replays the driver's settled orders, oldest first, against its top-up (money.md §4.7: the
   * wallet pays what it holds, the rest is arrears) and compares with what the driver API shows.
   *
   * @return the driver's arrears, yuan
   */
  static BigDecimal walletFollowsOrders(Driver driver, List<Order> orders) throws Exception {
    BigDecimal balance = driver.topUp();
    BigDecimal arrears = BigDecimal.ZERO;
    for (Order order : orders) {
      if (order.driverId() != driver.id()) {
        continue;
      }
      BigDecimal paid = order.total().min(balance);
      assertThat(order.paid()).as("paid for " + order.key()).isEqualByComparingTo(paid);
      assertThat(order.arrears())
          .as("arrears of " + order.key())
          .isEqualByComparingTo(order.total().subtract(paid));
      balance = balance.subtract(paid);
      arrears = arrears.add(order.arrears());
    }
    String wallets = driver.api().get("api/driver/wallets").body();
    assertThat(new BigDecimal(Json.field(wallets, "balance")))
        .as("wallet of driver " + driver.id())
        .isEqualByComparingTo(balance);
    assertThat(new BigDecimal(Json.field(wallets, "arrears")))
        .as("arrears of driver " + driver.id())
        .isEqualByComparingTo(arrears);
    return arrears;
  }

  /** The driver starts gun 1 of its pile; returns once the pile charges for the order. */
  static void start(Driver driver, String key) throws Exception {
    HttpResponse<String> started = Sessions.start(driver.api(), driver.pile().code(), key);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    TransactionSerial serial =
        TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
    ChargingOrdersIT.await(() -> gun(driver.pile()).transactionSerial().equals(serial));
  }

  static GunSnapshot gun(VirtualPile pile) throws Exception {
    return pile.gun(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** A driver logged in, topped up by staff with {@code amount}, charging at {@code pile}. */
  static Driver driver(
      MicroProcess micro, long operator, String phone, BigDecimal amount, VirtualPile pile)
      throws Exception {
    Http api = new Http(micro.base()).asDriver(DriverLogin.token(micro.base(), phone));
    Http admin = new Http(micro.base());
    long id =
        Long.parseLong(Json.field(admin.get("api/admin/drivers?phone=" + phone).body(), "id"));
    String topUp =
        "{\"operatorId\":%d,\"amount\":%s,\"reason\":\"现金\",\"requestId\":\"crash-%s\"}"
            .formatted(operator, amount.toPlainString(), phone);
    HttpResponse<String> toppedUp = admin.post("api/admin/drivers/" + id + "/top-ups", topUp);
    assertThat(toppedUp.statusCode()).as(toppedUp.body()).isEqualTo(201);
    return new Driver(id, amount, api, pile);
  }

  /** A serial of the pile's own making: pile, gun 01, 99, the round, the session's number. */
  static TransactionSerial offlineSerial(VirtualPile pile, int round, int n) {
    return TransactionSerial.of("%s01990%d%012d".formatted(pile.code().value(), round, n));
  }

  /**
   * Piles that charge fast, re-send an unacknowledged record every second and reconnect within a
   * second of the platform coming back.
   */
  static Simulator simulator(int ykcPort) {
    return new Simulator(
        SimulatorConfig.builder()
            .port(ykcPort)
            .guns(1)
            .heartbeatInterval(Duration.ofSeconds(5))
            .chargingDataInterval(Duration.ofMillis(500))
            .chargePowerKw(1800)
            .recordRetryInterval(Duration.ofSeconds(1))
            .replyTimeout(Duration.ofSeconds(5))
            .reconnect(Duration.ofMillis(250), Duration.ofSeconds(1))
            .keepReceivedFrames(false)
            .build());
  }

  /**
   * The driver tokens' key pair, configured so that tokens stay valid across the restart as on a
   * production platform (otherwise each start makes its own).
   */
  static Map<String, String> tokenKeys() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair keys = rsa.generateKeyPair();
    Base64.Encoder base64 = Base64.getEncoder();
    return Map.of(
        "YKC_DRIVER_TOKEN_PRIVATE_KEY", base64.encodeToString(keys.getPrivate().getEncoded()),
        "YKC_DRIVER_TOKEN_PUBLIC_KEY", base64.encodeToString(keys.getPublic().getEncoded()));
  }
}
