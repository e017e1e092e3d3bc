package cn.evpark.charging;

import static cn.evpark.charging.ChargingOrdersIT.WAIT;
import static cn.evpark.charging.ChargingOrdersIT.offlineRecord;
import static cn.evpark.it.Sessions.demoOperator;
import static cn.evpark.it.Sessions.liveEnergy;
import static cn.evpark.it.Sessions.logIn;
import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static cn.evpark.it.Sessions.synced;
import static cn.evpark.it.Sessions.topUp;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Bills;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.it.SharedPlatform;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff settle an abnormal order (异常结算, money.md §3) end to end on Payara Micro and MariaDB: a
 * driver's session goes silent (the pile goes offline mid-charge), turns abnormal after the
 * configured 20 seconds, and staff settle it through the API from its real-time data; the wallet
 * pays once, a repeat of the request moves nothing, wrong requests are refused, and the pile's
 * record arriving afterwards is acknowledged without a second bill.
 */
@ExtendWith(SharedPlatform.class)
@MicroProperties("ykc.order.abnormal-after=PT20S")
class AbnormalSettlementIT {

  static final String PHONE = "13800000021";
  static final String PASSWORD = "staff-password-1";
  static final PileCode PILE = PileCode.of("32010200000007");

  final URL base = SharedPlatform.base();

  Simulator simulator() {
    return new Simulator(
        SimulatorConfig.builder()
            .port(MicroEnvironment.settings().ykcPort())
            .guns(1)
            .heartbeatInterval(Duration.ofSeconds(5))
            .chargingDataInterval(Duration.ofMillis(500))
            .chargePowerKw(600)
            .build());
  }

  @Test
  void silentSession_settledByStaffFromItsRealTimeData_paysOnce_evenWhenTheRecordComesLate()
      throws Exception {
    Http admin = new Http(base);
    Http driver = new Http(base).asDriver(DriverLogin.token(base, PHONE));
    assertThat(topUp(admin, PHONE, "20.00", "abnormal-top-up").statusCode()).isEqualTo(201);

    String orderNo;
    String serial;
    try (Simulator simulator = simulator()) {
      VirtualPile pile = pluggedIn(simulator, PILE);
      HttpResponse<String> started = start(driver, PILE, "abnormal-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      orderNo = Json.field(started.body(), "orderNo");
      serial = Json.field(started.body(), "transactionSerial");
      String path = "api/driver/charging-orders/" + orderNo;
      Awaitility.await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> liveEnergy(driver.get(path).body()).compareTo(new BigDecimal("0.2")) > 0);
      synced(pile);
    } // the pile goes offline mid-charge: no more real-time data, no record
    String order = "api/admin/charging-orders/" + orderNo;
    Awaitility.await("the silent session turns abnormal")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> Json.field(admin.get(order).body(), "state").equals("ABNORMAL"));

    // what staff see before confirming: the session's frames and their price
    HttpResponse<String> figures = admin.get(order + "/settlement-figures");
    assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
    BigDecimal lastEnergy = lastFrameEnergy(serial);
    assertThat(new BigDecimal(Json.field(figures.body(), "energy")))
        .isEqualByComparingTo(lastEnergy);
    assertThat(Long.parseLong(Json.field(figures.body(), "frames"))).isEqualTo(frames(serial));
    BigDecimal expected = new BigDecimal(Json.field(figures.body(), "totalAmount"));
    assertThat(expected.signum()).isPositive();

    refusals(admin, driver, order, serial);

    HttpResponse<String> settled =
        admin.post(order + "/settlement", settlement("桩离线，按最后实时数据结算", "settle-1"));
    assertThat(settled.statusCode()).as(settled.body()).isEqualTo(201);
    assertThat(Json.field(settled.body(), "state")).isEqualTo("SETTLED");
    assertThat(Json.field(settled.body(), "paymentStatus")).isEqualTo("PAID");
    BigDecimal total = new BigDecimal(Json.field(settled.body(), "totalAmount"));
    assertThat(total).isEqualByComparingTo(expected);
    assertThat(new BigDecimal(Json.field(settled.body(), "energy")))
        .isEqualByComparingTo(lastEnergy);
    assertThat(
            new BigDecimal(Json.field(settled.body(), "electricityFee"))
                .add(new BigDecimal(Json.field(settled.body(), "serviceFee"))))
        .isEqualByComparingTo(total);
    assertThat(settled.body()).contains("\"tiers\":[{", "\"account\":\"ELECTRICITY_REVENUE\"");
    assertThat(walletLine(settled.body())).isEqualByComparingTo(total.negate());
    String audit = audit(settled.body());
    assertThat(Json.field(audit, "settledBy")).isEqualTo("admin");
    assertThat(Json.field(audit, "reason")).isEqualTo("桩离线，按最后实时数据结算");
    assertThat(Json.field(audit, "requestId")).isEqualTo("settle-1");
    assertThat(new BigDecimal(Json.field(audit, "energy"))).isEqualByComparingTo(lastEnergy);
    assertThat(audit).doesNotContainPattern("\"lateRecordTotal\":[0-9]");
    BigDecimal balance = new BigDecimal("20.00").subtract(total);
    assertThat(walletBalance(driver)).isEqualByComparingTo(balance);

    HttpResponse<String> repeated =
        admin.post(order + "/settlement", settlement("桩离线，按最后实时数据结算", "settle-1"));
    assertThat(repeated.statusCode()).as("a repeat of the request").isEqualTo(200);
    assertThat(new BigDecimal(Json.field(repeated.body(), "totalAmount")))
        .isEqualByComparingTo(total);
    HttpResponse<String> another = admin.post(order + "/settlement", settlement("再结算", "settle-2"));
    assertThat(another.statusCode()).as("another request on a settled order").isEqualTo(409);
    assertThat(another.body()).contains("charging.order.illegalTransition");
    assertThat(walletBalance(driver)).isEqualByComparingTo(balance);
    assertThat(settlements(serial)).isEqualTo(1);

    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PILE);
      logIn(pile);
      // the pile's own bill turns up after all, a little more than the last frame said
      pile.send(
              Bills.flat(
                  PILE,
                  TransactionSerial.of(serial),
                  LocalDateTime.now(BusinessCalendar.ZONE).withNano(0).minusMinutes(10),
                  Duration.ofMinutes(2),
                  lastEnergy.add(BigDecimal.ONE).toPlainString(),
                  "3",
                  TransactionType.APP,
                  StopReason.REMOTE_STOP))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(TransactionSerial.of(serial))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);

      // the same request id cannot settle another order: the pile's offline session
      pile.send(offlineRecord(PILE, 1))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);
    }
    String late = admin.get(order).body();
    assertThat(Json.field(late, "state")).isEqualTo("SETTLED");
    assertThat(new BigDecimal(Json.field(late, "totalAmount"))).isEqualByComparingTo(total);
    assertThat(late).contains("\"transactionRecordHex\":\"68");
    String lateAudit = audit(late);
    assertThat(new BigDecimal(Json.field(lateAudit, "lateRecordEnergy")))
        .isEqualByComparingTo(lastEnergy.add(BigDecimal.ONE));
    assertThat(Json.field(lateAudit, "differsFromLateRecord")).isEqualTo("true");
    assertThat(walletBalance(driver))
        .as("the late record bills nothing")
        .isEqualByComparingTo(balance);
    assertThat(settlements(serial)).isEqualTo(1);

    String offline =
        Json.field(
            admin.get("api/admin/charging-orders?type=OFFLINE_CARD&pile=" + PILE.value()).body(),
            "orderNo");
    HttpResponse<String> reused =
        admin.post(
            "api/admin/charging-orders/" + offline + "/settlement",
            settlement("桩离线，按最后实时数据结算", "settle-1"));
    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
    assertThat(reused.body()).contains("charging.staffSettlement.requestIdReused");
    HttpResponse<String> notAbnormal =
        admin.post(
            "api/admin/charging-orders/" + offline + "/settlement",
            settlement("桩离线，按最后实时数据结算", "settle-3"));
    assertThat(notAbnormal.statusCode()).as(notAbnormal.body()).isEqualTo(409);
    assertThat(notAbnormal.body()).contains("charging.order.illegalTransition");
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  /**
   * What is refused before any money moves: a missing reason or request id (400), an unknown order
   * or another operator's (404), a read-only account and a driver (403), no credentials (401).
   */
  void refusals(Http admin, Http driver, String order, String serial) throws Exception {
    String operator = String.valueOf(demoOperator(admin));
    String other =
        Json.field(admin.post("api/admin/operators", "{\"name\":\"运营商乙\"}").body(), "id");
    staff(admin, operator, "reader", "OPERATOR_STAFF");
    staff(admin, other, "other-admin", "OPERATOR_ADMIN");
    String valid = settlement("桩离线", "refused-1");

    assertThat(admin.post(order + "/settlement", "{\"requestId\":\"r-0\"}").statusCode())
        .as("no reason")
        .isEqualTo(400);
    assertThat(admin.post(order + "/settlement", settlement("  ", "r-0")).statusCode())
        .as("a blank reason")
        .isEqualTo(400);
    assertThat(admin.post(order + "/settlement", settlement("x".repeat(201), "r-0")).statusCode())
        .as("an overlong reason")
        .isEqualTo(400);
    assertThat(admin.post(order + "/settlement", "{\"reason\":\"桩离线\"}").statusCode())
        .as("no request id")
        .isEqualTo(400);
    assertThat(
            admin
                .post("api/admin/charging-orders/209901010000000000/settlement", valid)
                .statusCode())
        .as("an unknown order")
        .isEqualTo(404);
    HttpResponse<String> othersOrder =
        new Http(base).as("other-admin", PASSWORD).post(order + "/settlement", valid);
    assertThat(othersOrder.statusCode()).as("another operator's order").isEqualTo(404);
    assertThat(othersOrder.body()).doesNotContain(PILE.value(), "\"state\"");
    assertThat(
            new Http(base)
                .as("other-admin", PASSWORD)
                .get(order + "/settlement-figures")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            new Http(base).as("reader", PASSWORD).post(order + "/settlement", valid).statusCode())
        .as("a read-only account")
        .isEqualTo(403);
    assertThat(driver.post(order + "/settlement", valid).statusCode())
        .as("a driver")
        .isEqualTo(403);
    assertThat(new Http(base).postAnonymous(order + "/settlement", valid).statusCode())
        .as("no credentials")
        .isEqualTo(401);
    assertThat(Json.field(admin.get(order).body(), "state")).isEqualTo("ABNORMAL");
    assertThat(settlements(serial)).isZero();
  }

  void staff(Http admin, String operator, String username, String role) throws Exception {
    HttpResponse<String> created =
        admin.post(
            "api/admin/staff",
            "{\"operatorId\":%s,\"username\":\"%s\",\"displayName\":\"%s\",\"role\":\"%s\",\"password\":\"%s\"}"
                .formatted(operator, username, username, role, PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  static String settlement(String reason, String requestId) {
    return "{\"reason\":\"" + reason + "\",\"requestId\":\"" + requestId + "\"}";
  }

  /** The staff settlement's audit object of an order's details. */
  static String audit(String details) {
    int at = details.indexOf("\"staffSettlement\":{");
    assertThat(at).as(details).isNotNegative();
    return details.substring(at);
  }

  /** The amount of the WALLET line of an order's ledger lines, yuan. */
  static BigDecimal walletLine(String details) {
    String from = details.substring(details.indexOf("\"account\":\"WALLET\""));
    return new BigDecimal(Json.field(from, "amount"));
  }

  static BigDecimal walletBalance(Http driver) throws Exception {
    return new BigDecimal(Json.field(driver.get("api/driver/wallets").body(), "balance"));
  }

  /** The energy of the session's last real-time frame, as stored: the highest, kWh. */
  static BigDecimal lastFrameEnergy(String serial) throws Exception {
    return single("SELECT MAX(energy) FROM gun_sample WHERE transaction_serial = ?", serial);
  }

  static long frames(String serial) throws Exception {
    return single("SELECT COUNT(*) FROM gun_sample WHERE transaction_serial = ?", serial)
        .longValueExact();
  }

  /** How many ledger transactions settled the session. */
  static long settlements(String serial) throws Exception {
    return single(
            "SELECT COUNT(*) FROM ledger_transaction WHERE idempotency_key = ?",
            "settlement:" + PILE.value() + ":" + serial)
        .longValueExact();
  }

  static BigDecimal single(String sql, String parameter) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getBigDecimal(1);
      }
    }
  }
}
