package cn.evpark.charging;

import static cn.evpark.it.Sessions.liveEnergy;
import static cn.evpark.it.Sessions.logIn;
import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static cn.evpark.it.Sessions.synced;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Bills;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.ServerLog;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.PileListener;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Charging orders end to end on Payara Micro and MariaDB, with simulated piles (issue 12): a driver
 * logs in by SMS code, scans a gun, starts, watches the session, stops, and the pile's transaction
 * record settles the order from the wallet; transaction records re-sent many times, interleaved and
 * from several piles at once, settle each order once and every copy is acknowledged.
 *
 * <p>On the shared platform each test works on an operator of its own ({@link OwnOperator}: its
 * station charging by a standard with the demo standard's rows, its piles 440305128900xx) and
 * drivers of its own, and counts only its operator's orders.
 */
@ExtendWith(SharedPlatform.class)
@MicroProperties({"ykc.order.tally-after-minutes=0", "ykc.order.tally-every=PT2S"})
class ChargingOrdersIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String DRIVER = "13800000041";
  static final String SHORT_OF_MONEY = "13900000041";

  final URL base = SharedPlatform.base();

  /** An operator of the test's own, {@code 订单运营商<tag>}, with the given piles. */
  OwnOperator operator(String tag, String... piles) throws Exception {
    return OwnOperator.create(base, "订单运营商" + tag, "orders-" + tag + "-admin", piles);
  }

  Simulator simulator(boolean keepFrames) {
    return simulator(keepFrames, 60);
  }

  Simulator simulator(boolean keepFrames, int powerKw) {
    return new Simulator(
        SimulatorConfig.builder()
            .port(MicroEnvironment.settings().ykcPort())
            .guns(1)
            .heartbeatInterval(Duration.ofSeconds(5))
            .chargingDataInterval(Duration.ofMillis(500))
            .chargePowerKw(powerKw)
            .keepReceivedFrames(keepFrames)
            .build());
  }

  String driverToken() throws Exception {
    return driverToken(DRIVER);
  }

  /** Logs the driver in as a person would: asks for a code, reads it where the gateway wrote it. */
  String driverToken(String phone) throws Exception {
    Http anonymous = new Http(base);
    Pattern sms = Pattern.compile("SMS code for " + phone + ": (\\d{6})");
    Optional<String> before = ServerLog.latest(sms);
    assertThat(
            anonymous.post("api/driver/login/code", "{\"phone\":\"" + phone + "\"}").statusCode())
        .isEqualTo(204);
    String code = ServerLog.await(sms, before, WAIT);

    HttpResponse<String> wrong =
        anonymous.post(
            "api/driver/login", "{\"phone\":\"" + phone + "\",\"code\":\"" + other(code) + "\"}");
    HttpResponse<String> login =
        anonymous.post(
            "api/driver/login", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
    HttpResponse<String> again =
        anonymous.post(
            "api/driver/login", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).as("a code is used once").isEqualTo(401);
    return Json.field(login.body(), "token");
  }

  @Test
  void qrStart_chargesAndStops_andTheRecordSettlesTheOrderFromTheWallet() throws Exception {
    OwnOperator operator = operator("o1", "44030512890001");
    Http driver = new Http(base).asDriver(driverToken());
    // what the demo driver has at the demo operator
    assertThat(operator.topUp(new Http(base), DRIVER, "100.00", "o1-100").statusCode())
        .isEqualTo(201);
    PileCode code = PileCode.of("44030512890001");
    try (Simulator simulator = simulator(false, 600)) {
      VirtualPile pile = simulator.addPile(code);
      logIn(pile);
      pile.unplug(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);
      assertThat(driver.get("api/driver/guns/" + code.value() + "/1").body()).contains("\"IDLE\"");
      HttpResponse<String> unplugged = start(driver, code, "start-0");
      assertThat(unplugged.statusCode()).isEqualTo(409);
      assertThat(unplugged.body()).contains("charging.start.gunNotPlugged");

      pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);
      String quote = driver.get("api/driver/guns/" + code.value() + "/1").body();
      assertThat(quote)
          .contains("PLUGGED", operator.stationName(), "\"minStartAmount\"", "\"rateType\":\"峰\"");

      HttpResponse<String> started = start(driver, code, "start-1");
      HttpResponse<String> repeated = start(driver, code, "start-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String orderNo = Json.field(started.body(), "orderNo");
      assertThat(Json.field(repeated.body(), "orderNo")).isEqualTo(orderNo);

      String path = "api/driver/charging-orders/" + orderNo;
      // The one wait on time: real-time frames reach the database in batches, every
      // ykc.realtime-flush-millis, and the driver's live figures are read from there.
      await(() -> liveEnergy(driver.get(path).body()).compareTo(new BigDecimal("0.2")) > 0);
      assertThat(Json.field(driver.get(path).body(), "state")).isEqualTo("CHARGING");

      // Another driver can neither read nor stop the session: to them it does not exist.
      Http otherDriver = new Http(base).asDriver(driverToken("13700000041"));
      HttpResponse<String> othersRead = otherDriver.get(path);
      HttpResponse<String> othersStop = otherDriver.post(path + "/stop");
      assertThat(othersRead.statusCode()).as("another driver's order").isEqualTo(404);
      // (the answer may repeat the number asked for, nothing of the order)
      assertThat(othersRead.body())
          .doesNotContain(code.value(), "\"state\"", operator.stationName());
      assertThat(othersStop.statusCode()).as("stopping another driver's order").isEqualTo(404);
      assertThat(othersStop.body())
          .doesNotContain(code.value(), "\"state\"", operator.stationName());
      assertThat(Json.field(driver.get(path).body(), "state")).isEqualTo("CHARGING");

      assertThat(driver.post(path + "/stop").statusCode()).isEqualTo(200);
      settled(pile, started.body());

      String settled = driver.get(path).body();
      BigDecimal total = new BigDecimal(Json.field(settled, "totalAmount"));
      assertThat(Json.field(settled, "paymentStatus")).isEqualTo("PAID");
      assertThat(new BigDecimal(Json.field(settled, "paidAmount"))).isEqualByComparingTo(total);
      assertThat(total.signum()).isPositive();
      assertThat(
              new BigDecimal(Json.field(settled, "electricityFee"))
                  .add(new BigDecimal(Json.field(settled, "serviceFee"))))
          .isEqualByComparingTo(total);
      String wallets = driver.get("api/driver/wallets").body();
      assertThat(new BigDecimal(Json.field(wallets, "balance")))
          .isEqualByComparingTo(new BigDecimal("100.00").subtract(total));

      String details = new Http(base).get("api/admin/charging-orders/" + orderNo).body();
      assertThat(details)
          .contains(
              "\"account\":\"WALLET\"",
              "\"account\":\"ELECTRICITY_REVENUE\"",
              "\"tiers\":[{",
              "\"rateType\":\"",
              "\"transactionRecordHex\":\"68");
      String list = new Http(base).get("api/admin/charging-orders?phone=" + DRIVER).body();
      assertThat(list).contains(orderNo, "\"phone\":\"" + DRIVER + "\"");
      assertThat(Ledgers.balancesMatchEntries()).isTrue();

      assertThat(otherDriver.get(path).statusCode()).as("another driver's order").isEqualTo(404);
      assertThat(otherDriver.get("api/driver/charging-orders").body()).doesNotContain(orderNo);
      assertThat(otherDriver.get("api/driver/wallets").body())
          .as("another driver's wallets")
          .isEqualTo("[]");
      assertThat(driver.get("api/admin/charging-orders").statusCode())
          .as("a driver on the admin API")
          .isEqualTo(403);
      assertThat(new Http(base).asDriver("forged").get(path).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void runningAmountReachingTheBalance_stopsTheSession_andTheRestIsArrears() throws Exception {
    OwnOperator operator = operator("o2", "44030512890002");
    Http driver = new Http(base).asDriver(driverToken(SHORT_OF_MONEY));
    Http admin = new Http(base);
    assertThat(operator.topUp(admin, SHORT_OF_MONEY, "3.00", "r-1").statusCode()).isEqualTo(201);
    assertThat(operator.topUp(admin, SHORT_OF_MONEY, "3.00", "r-1").statusCode())
        .as("a repeated request id tops up once")
        .isEqualTo(200);
    PileCode code = PileCode.of("44030512890002");
    try (Simulator simulator = simulator(false, 600)) {
      VirtualPile pile = pluggedIn(simulator, code);
      HttpResponse<String> started = start(driver, code, "short-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String path = "api/driver/charging-orders/" + Json.field(started.body(), "orderNo");

      settled(pile, started.body());

      String settled = driver.get(path).body();
      assertThat(Json.field(settled, "stopReasonCode"))
          .as("stopped by the platform")
          .isEqualTo("64");
      BigDecimal total = new BigDecimal(Json.field(settled, "totalAmount"));
      BigDecimal paid = new BigDecimal(Json.field(settled, "paidAmount"));
      BigDecimal arrears = new BigDecimal(Json.field(settled, "arrearsAmount"));
      assertThat(total).isGreaterThanOrEqualTo(new BigDecimal("3.00"));
      assertThat(paid).isEqualByComparingTo("3.00");
      assertThat(paid.add(arrears)).isEqualByComparingTo(total);
      String wallets = driver.get("api/driver/wallets").body();
      assertThat(new BigDecimal(Json.field(wallets, "balance"))).isEqualByComparingTo("0.00");
      assertThat(new BigDecimal(Json.field(wallets, "arrears"))).isEqualByComparingTo(arrears);
      if (arrears.signum() > 0) {
        HttpResponse<String> again = start(driver, code, "short-2");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("charging.start.arrears");

        assertThat(operator.topUp(admin, SHORT_OF_MONEY, "5.00", "r-2").statusCode())
            .isEqualTo(201);
        String paidBack = driver.get("api/driver/wallets").body();
        assertThat(new BigDecimal(Json.field(paidBack, "arrears")))
            .as("a top-up pays the arrears first")
            .isEqualByComparingTo("0.00");
        assertThat(new BigDecimal(Json.field(paidBack, "balance")))
            .isEqualByComparingTo(new BigDecimal("5.00").subtract(arrears));
      }
      assertThat(Ledgers.balancesMatchEntries()).isTrue();
    }
  }

  @Test
  void aPriceChangeDuringTheSession_leavesItsBillAtThePricesItStartedWith() throws Exception {
    OwnOperator operator = operator("o3", "44030512890003");
    String phone = "13800000042";
    Http driver = new Http(base).asDriver(driverToken(phone));
    Http admin = new Http(base);
    assertThat(operator.topUp(admin, phone, "80.00", "snap-1").statusCode()).isEqualTo(201);
    String standard = "api/admin/tariff/charging-standards/" + operator.standard();
    PileCode code = PileCode.of("44030512890003");
    try (Simulator simulator = simulator(false, 600)) {
      VirtualPile pile = pluggedIn(simulator, code);
      HttpResponse<String> started = start(driver, code, "snapshot-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String orderNo = Json.field(started.body(), "orderNo");
      String path = "api/driver/charging-orders/" + orderNo;
      await(() -> liveEnergy(driver.get(path).body()).compareTo(new BigDecimal("0.2")) > 0);

      HttpResponse<String> dearer =
          admin.put(
              standard,
              "{\"name\":\"涨价\",\"segments\":[{\"rateType\":\"FLAT\",\"start\":\"00:00\","
                  + "\"electricity\":9.9,\"service\":9.9}]}");
      assertThat(dearer.statusCode()).as(dearer.body()).isEqualTo(200);
      assertThat(driver.post(path + "/stop").statusCode()).isEqualTo(200);
      settled(pile, started.body());

      String details = admin.get("api/admin/charging-orders/" + orderNo).body();
      List<BigDecimal> prices =
          Pattern.compile("\"(?:electricity|service)Price\":([0-9.]+)")
              .matcher(details)
              .results()
              .map(m -> new BigDecimal(m.group(1)))
              .toList();
      assertThat(prices).as(details).isNotEmpty().allMatch(p -> p.compareTo(BigDecimal.ONE) <= 0);
      BigDecimal energy = new BigDecimal(Json.field(details, "energy"));
      BigDecimal total = new BigDecimal(Json.field(details, "totalAmount"));
      // 电费 and 服务费 are each rounded half-up to 0.01: together at most 0.01 above the product
      assertThat(total)
          .as("billed at the prices shown at the start, at most 1.80 yuan/kWh")
          .isLessThanOrEqualTo(energy.multiply(new BigDecimal("1.8")).add(new BigDecimal("0.01")));
    }
  }

  @Test
  void recordsResentTenTimes_interleavedFromSeveralPiles_settleEachOrderOnce() throws Exception {
    operator("o4", "44030512890011", "44030512890012", "44030512890013", "44030512890014");
    List<PileCode> codes =
        List.of(
            PileCode.of("44030512890011"),
            PileCode.of("44030512890012"),
            PileCode.of("44030512890013"),
            PileCode.of("44030512890014"));
    try (Simulator simulator = simulator(false)) {
      List<CompletableFuture<Void>> sent = new ArrayList<>();
      List<VirtualPile> piles = new ArrayList<>();
      for (PileCode code : codes) {
        VirtualPile pile = simulator.addPile(code);
        logIn(pile);
        piles.add(pile);
      }
      Map<VirtualPile, CountDownLatch> acks = new HashMap<>();
      for (VirtualPile pile : piles) {
        CountDownLatch fifty = new CountDownLatch(50);
        pile.addListener(
            new PileListener() {
              @Override
              public void received(VirtualPile p, YkcFrame frame) {
                if (frame.message() instanceof TransactionRecordAck) {
                  fifty.countDown();
                }
              }
            });
        acks.put(pile, fifty);
      }
      for (VirtualPile pile : piles) {
        List<TransactionRecord> copies = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
          for (int copy = 0; copy < 10; copy++) {
            copies.add(offlineRecord(pile.code(), r));
          }
        }
        Collections.shuffle(copies, new Random(pile.code().hashCode()));
        sent.add(
            CompletableFuture.runAsync(
                () -> copies.forEach(record -> pile.send(record).toCompletableFuture().join())));
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      for (VirtualPile pile : piles) {
        assertThat(acks.get(pile).await(WAIT.toSeconds(), TimeUnit.SECONDS))
            .as("every copy of %s acknowledged", pile.code())
            .isTrue();
      }
    }

    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      // this test's records (offlineRecord's serials) of its own piles
      String in =
          " WHERE pile_code IN ('44030512890011','44030512890012','44030512890013','44030512890014')"
              + " AND transaction_serial LIKE '%26112502%'";
      assertThat(Ledgers.single(query, "SELECT COUNT(*) FROM pile_transaction_record" + in))
          .isEqualTo(20);
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM pile_transaction_record"
                      + in
                      + " AND copies_received = 10 AND settled"))
          .isEqualTo(20);
      assertThat(Ledgers.single(query, "SELECT COUNT(*) FROM charging_order" + in)).isEqualTo(20);
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM charging_order"
                      + in
                      + " AND state = 'SETTLED' AND payment_status = 'UNPAID'"
                      + " AND total_amount = 15.00 AND electricity_fee = 10.00"
                      + " AND service_fee = 5.00 AND NOT billing_difference"))
          .isEqualTo(20);
    }
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  /**
   * Pile-edge issue, item 1 (money.md §4.8): a record whose transaction type the spec's table lacks
   * (0x03, as some vendors send) is stored with its raw type, settled as an OTHER order and
   * acknowledged, not dropped as a decode error.
   */
  @Test
  void recordOfATransactionTypeOutsideTheTable_isStoredSettledAndAcknowledged() throws Exception {
    operator("o5", "44030512890021");
    PileCode code = PileCode.of("44030512890021");
    TransactionSerial serial = TransactionSerial.of(code.value() + "01" + "26113003" + "00000001");
    TransactionRecord vendors =
        Bills.flat(
            code,
            serial,
            LocalDateTime.of(2026, 11, 30, 3, 0),
            Duration.ofMinutes(45),
            "12.5",
            "15",
            Code.of(TransactionType.class, 0x03),
            StopReason.SOC_FULL);
    try (Simulator simulator = simulator(false)) {
      VirtualPile pile = simulator.addPile(code);
      logIn(pile);
      CompletionStage<?> acknowledged = pile.acknowledged(serial);

      pile.send(vendors);

      acknowledged.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      String record = " WHERE transaction_serial = '" + serial.value() + "'";
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM pile_transaction_record"
                      + record
                      + " AND transaction_type = '0x03' AND settled"))
          .isEqualTo(1);
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM charging_order"
                      + record
                      + " AND charging_type = 'OTHER' AND record_transaction_type = 3"
                      + " AND state = 'SETTLED' AND total_amount = 15.00"))
          .isEqualTo(1);
    }
  }

  /**
   * The list's count is exact before and after OrderTallies adds the orders up (here every 2 s,
   * from their first minute): for each filter the tally can serve, the API's total equals a count
   * of the table, while orders are pending and once they are all tallied. The counts are the
   * operator's own, its staff asking (the tally is kept per operator): other classes on the shared
   * platform add orders of theirs at any time.
   */
  @Test
  void listCounts_matchTheTable_beforeAndAfterTheOrdersAreTallied() throws Exception {
    OwnOperator operator = operator("o6", "44030512890031");
    String own = " AND operator_id = " + operator.id();
    PileCode code = PileCode.of("44030512890031");
    try (Simulator simulator = simulator(false)) {
      VirtualPile pile = simulator.addPile(code);
      logIn(pile);
      for (int r = 1; r <= 3; r++) {
        pile.send(offlineRecord(code, r))
            .toCompletableFuture()
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      }
      synced(pile);
      await(() -> tableCount("state = 'SETTLED' AND pile_code = '" + code.value() + "'") == 3);
    }
    Map<String, String> filters =
        Map.of(
            "",
            "1 = 1",
            "status=SETTLED",
            "state = 'SETTLED'",
            "status=CHARGING",
            "state = 'CHARGING'",
            "type=OFFLINE_CARD",
            "charging_type = 'OFFLINE_CARD'",
            "from=2026-11-25&to=2026-11-25",
            "started_at >= '2026-11-24 16:00' AND started_at < '2026-11-25 16:00'",
            "type=OFFLINE_CARD&status=SETTLED&from=2026-11-25",
            "charging_type = 'OFFLINE_CARD' AND state = 'SETTLED'"
                + " AND started_at >= '2026-11-24 16:00'");
    for (Map.Entry<String, String> f : filters.entrySet()) {
      assertThat(apiCount(operator.staff(), f.getKey()))
          .as(f.getKey())
          .isEqualTo(tableCount(f.getValue() + own));
    }
    awaitTallied(operator.id());
    for (Map.Entry<String, String> f : filters.entrySet()) {
      assertThat(apiCount(operator.staff(), f.getKey()))
          .as(f.getKey())
          .isEqualTo(tableCount(f.getValue() + own));
    }
    // a tallied order whose state moves (here by hand) counts in its new state at once, and again
    // once the next run has moved it in the tally
    try (Connection db = MicroEnvironment.settings().connect();
        Statement update = db.createStatement()) {
      assertThat(
              update.executeUpdate(
                  "UPDATE charging_order SET state = 'CHARGING' WHERE pile_code = '"
                      + code.value()
                      + "' LIMIT 1"))
          .isEqualTo(1);
    }
    for (Map.Entry<String, String> f : filters.entrySet()) {
      assertThat(apiCount(operator.staff(), f.getKey()))
          .as(f.getKey())
          .isEqualTo(tableCount(f.getValue() + own));
    }
    awaitTallied(operator.id());
    for (Map.Entry<String, String> f : filters.entrySet()) {
      assertThat(apiCount(operator.staff(), f.getKey()))
          .as(f.getKey())
          .isEqualTo(tableCount(f.getValue() + own));
    }
  }

  static void awaitTallied(long operator) {
    Awaitility.await("every order of the operator tallied")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                tableCount("tally_pending AND started_at IS NOT NULL AND operator_id = " + operator)
                    == 0);
  }

  static long apiCount(Http staff, String query) throws Exception {
    return Long.parseLong(
        Json.field(staff.get("api/admin/charging-orders?" + query).body(), "total"));
  }

  static long tableCount(String where) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      return Ledgers.single(query, "SELECT COUNT(*) FROM charging_order WHERE " + where);
    }
  }

  /**
   * A session the platform never started (the pile's local card list): 12.5 kWh at 平 (0.8 + 0.4
   * yuan/kWh by the demo standard and its copies) = 15.00 yuan, the pile agreeing.
   */
  static TransactionRecord offlineRecord(PileCode pile, int n) {
    return Bills.flat(
        pile,
        TransactionSerial.of(pile.value() + "01" + "26112502" + String.format("%08d", n)),
        LocalDateTime.of(2026, 11, 25, 2, 0).plusHours(n),
        Duration.ofMinutes(45),
        "12.5",
        "15",
        TransactionType.OFFLINE_CARD,
        StopReason.SOC_FULL);
  }

  /**
   * Returns once the pile's record of the order (its answer to the start, {@code order}) was
   * acknowledged: the 0x40 goes out only after the settlement committed.
   */
  static void settled(VirtualPile pile, String order) throws Exception {
    pile.acknowledged(TransactionSerial.of(Json.field(order, "transactionSerial")))
        .toCompletableFuture()
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  static String other(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  static void await(Callable<Boolean> check) {
    Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(check);
  }
}
