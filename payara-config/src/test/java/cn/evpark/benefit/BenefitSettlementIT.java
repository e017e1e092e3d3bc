package cn.evpark.benefit;

import static cn.evpark.it.Sessions.liveEnergy;
import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Bills;
import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benefits at settlement on Payara Micro and MariaDB (money.md §5, manual 7.1 and 7.4): a pile's
 * record settles with the one best charging activity of its station, day and weekday; a driver's
 * VIP benefit beats an activity when it gives the lower total, and the order shows which benefit
 * applied and what it saved, with the ledger exact. The admin API refuses what staff may not do.
 *
 * <p>On the shared platform each test works on an operator of its own ({@link OwnOperator}: its
 * station charging by the demo standard's rows, 平 0.8 + 0.4 yuan/kWh; piles 440305129100xx).
 */
@ExtendWith(SharedPlatform.class)
class BenefitSettlementIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final URL base = SharedPlatform.base();

  OwnOperator operator(String tag, String... piles) throws Exception {
    return OwnOperator.create(base, "权益运营商" + tag, "benefit-" + tag + "-admin", piles);
  }

  static String activity(
      long operator, long station, String name, String from, String to, String days, int e, int s) {
    return ("{\"operatorId\":%d,\"name\":\"%s\",\"startDate\":\"%s\",\"endDate\":\"%s\","
            + "\"weekdays\":%s,\"remarks\":\"\",\"electricityPercent\":%d,\"servicePercent\":%d,"
            + "\"stationIds\":[%d]}")
        .formatted(operator, name, from, to, days, e, s, station);
  }

  @Test
  void record_settlesWithTheBestQualifyingActivity_andTheOrderShowsItsSaving() throws Exception {
    PileCode code = PileCode.of("44030512910001");
    OwnOperator operator = operator("a1", code.value());
    Http staff = operator.staff();
    long op = operator.id();
    long st = operator.station();
    String monday = "[\"MONDAY\"]";
    // 2026-11-30 is a Monday: the first two qualify, the third is for Tuesdays only
    assertCreated(
        staff.post(
            "api/admin/charging-activities",
            activity(op, st, "夜间优惠", "2026-11-30", "2026-11-30", monday, 20, 50)));
    assertCreated(
        staff.post(
            "api/admin/charging-activities",
            activity(op, st, "小优惠", "2026-11-01", "2026-11-30", monday, 10, 10)));
    assertCreated(
        staff.post(
            "api/admin/charging-activities",
            activity(op, st, "周二大促", "2026-11-01", "2026-12-31", "[\"TUESDAY\"]", 90, 90)));
    TransactionSerial serial = TransactionSerial.of(code.value() + "01" + "26113003" + "00000001");
    // 12.5 kWh at 平: list 10.00 + 5.00 = 15.00, the pile agreeing
    TransactionRecord record =
        Bills.flat(
            code,
            serial,
            LocalDateTime.of(2026, 11, 30, 3, 0),
            Duration.ofMinutes(45),
            "12.5",
            "15",
            TransactionType.OFFLINE_CARD,
            StopReason.SOC_FULL);

    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build())) {
      VirtualPile pile = simulator.addPile(code);
      assertThat(
              pile.connect()
                  .toCompletableFuture()
                  .get(WAIT.toSeconds(), TimeUnit.SECONDS)
                  .accepted())
          .isTrue();
      pile.send(record).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      // a copy of the record moves nothing and changes no benefit
      pile.send(record).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet order =
            query.executeQuery(
                "SELECT electricity_fee, service_fee, total_amount, benefit_source, benefit_name,"
                    + " benefit_saving, billing_difference, order_no FROM charging_order"
                    + " WHERE transaction_serial = '"
                    + serial.value()
                    + "'")) {
      assertThat(order.next()).isTrue();
      // 夜间优惠: 10.00 × 0.8 + 5.00 × 0.5 = 10.50 beats 小优惠's 13.50
      assertThat(order.getBigDecimal(1)).isEqualByComparingTo("8.00");
      assertThat(order.getBigDecimal(2)).isEqualByComparingTo("2.50");
      assertThat(order.getBigDecimal(3)).isEqualByComparingTo("10.50");
      assertThat(order.getString(4)).isEqualTo("ACTIVITY");
      assertThat(order.getString(5)).isEqualTo("夜间优惠");
      assertThat(order.getBigDecimal(6)).isEqualByComparingTo("4.50");
      assertThat(order.getBoolean(7)).as("the pile's total is the list price").isFalse();
      String orderNo = order.getString(8);
      assertThat(order.next()).isFalse();

      String listed = staff.get("api/admin/charging-orders?orderNo=" + orderNo).body();
      assertThat(listed)
          .contains("\"benefit\":{\"name\":\"夜间优惠\",\"saving\":4.50,\"source\":\"ACTIVITY\"}");
      shownOnTheOrdersPage(orderNo, "benefit-a1-admin");
    }
  }

  /** The 充电订单 list shows the order's 优惠金额 beside its total, and 详情 names the activity. */
  void shownOnTheOrdersPage(String orderNo, String username) {
    try (Browser browser = new Browser(base)) {
      browser.logIn(username, OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/charging-orders.xhtml");
      // the operator's only order
      browser.waitFor(WAIT, d -> browser.text("#orders\\:table tbody").contains(orderNo));
      assertThat(browser.text("#orders\\:table td.total-amount")).isEqualTo("10.50");
      assertThat(browser.text("#orders\\:table td.benefit-saving")).isEqualTo("4.50");
      browser.click("#orders\\:table td.actions a");
      browser.waitFor(WAIT, d -> browser.find("#detailBenefit").isDisplayed());
      assertThat(browser.text("#detailBenefit")).isEqualTo("充电活动 夜间优惠");
      assertThat(browser.text("#detailBenefitSaving")).isEqualTo("4.50");
      browser.screenshot("charging-order-benefit");
    }
  }

  @Test
  void vipFree_beatsAnActivity_theDriverPaysNothing_andTheLedgerIsExact() throws Exception {
    PileCode code = PileCode.of("44030512910002");
    OwnOperator operator = operator("v1", code.value());
    Http staff = operator.staff();
    String phone = "13800000051";
    Http driver = new Http(base).asDriver(DriverLogin.token(base, phone));
    Http admin = new Http(base);
    assertThat(operator.topUp(admin, phone, "100.00", "v1-100").statusCode()).isEqualTo(201);
    long driverId =
        Long.parseLong(Json.field(admin.get("api/admin/drivers?phone=" + phone).body(), "id"));
    String vipPath = "api/admin/users/" + operator.id() + "/" + driverId + "/vip";
    HttpResponse<String> vip = staff.put(vipPath, "{\"kind\":\"FREE\"}");
    assertThat(vip.statusCode()).as(vip.body()).isEqualTo(200);
    LocalDate today = LocalDate.now(SHANGHAI);
    assertCreated(
        staff.post(
            "api/admin/charging-activities",
            activity(
                operator.id(),
                operator.station(),
                "全周八折",
                today.minusDays(1).toString(),
                today.plusDays(1).toString(),
                "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\","
                    + "\"SUNDAY\"]",
                20,
                20)));
    String users = staff.get("api/admin/users?search=" + phone).body();
    assertThat(users)
        .contains("\"phone\":\"" + phone + "\"", "\"kind\":\"FREE\"", "\"balance\":100");

    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .guns(1)
                .heartbeatInterval(Duration.ofSeconds(5))
                .chargingDataInterval(Duration.ofMillis(500))
                .chargePowerKw(600)
                .build())) {
      VirtualPile pile = pluggedIn(simulator, code);
      HttpResponse<String> started = start(driver, code, "vip-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String path = "api/driver/charging-orders/" + Json.field(started.body(), "orderNo");
      Awaitility.await()
          .atMost(WAIT)
          .until(() -> liveEnergy(driver.get(path).body()).compareTo(new BigDecimal("0.2")) > 0);
      assertThat(driver.post(path + "/stop").statusCode()).isEqualTo(200);
      pile.acknowledged(TransactionSerial.of(Json.field(started.body(), "transactionSerial")))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);

      String settled = driver.get(path).body();
      assertThat(Json.field(settled, "state")).isEqualTo("SETTLED");
      assertThat(Json.field(settled, "paymentStatus")).isEqualTo("FREE");
      assertThat(new BigDecimal(Json.field(settled, "totalAmount"))).isEqualByComparingTo("0");
      assertThat(settled)
          .contains("\"benefit\":{\"name\":\"VIP\",\"saving\":", "\"source\":\"VIP\"}");
      BigDecimal saving = new BigDecimal(Json.field(settled, "saving"));
      assertThat(saving.signum()).as("a session with energy saves its list price").isPositive();
      try (Connection db = MicroEnvironment.settings().connect();
          Statement query = db.createStatement();
          ResultSet order =
              query.executeQuery(
                  "SELECT pile_amount, billing_difference FROM charging_order WHERE order_no = '"
                      + Json.field(started.body(), "orderNo")
                      + "'")) {
        assertThat(order.next()).isTrue();
        // free saves the whole list price, which the pile's own total matches within a fen
        assertThat(order.getBoolean(2)).isFalse();
        assertThat(saving.subtract(order.getBigDecimal(1)).abs())
            .isLessThanOrEqualTo(new BigDecimal("0.01"));
      }
      assertThat(new BigDecimal(Json.field(driver.get("api/driver/wallets").body(), "balance")))
          .as("the wallet pays nothing")
          .isEqualByComparingTo("100.00");
    }
    assertThat(Ledgers.balancesMatchEntries()).isTrue();

    HttpResponse<String> removed = staff.delete(vipPath);
    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(staff.get("api/admin/users?search=" + phone).body()).doesNotContain("\"kind\"");
  }

  @Test
  void adminApi_refusesReadOnlyStaff_otherOperators_badDiscounts_andChangesToEndedActivities()
      throws Exception {
    OwnOperator operator = operator("r1");
    OwnOperator other = operator("r2");
    Http staff = operator.staff();
    HttpResponse<String> readOnlyMade =
        new Http(base)
            .post(
                "api/admin/staff",
                ("{\"operatorId\":%d,\"username\":\"benefit-r1-reader\",\"displayName\":\"r\","
                        + "\"role\":\"OPERATOR_STAFF\",\"password\":\"%s\"}")
                    .formatted(operator.id(), OwnOperator.PASSWORD));
    assertThat(readOnlyMade.statusCode()).as(readOnlyMade.body()).isEqualTo(201);
    Http reader = new Http(base).as("benefit-r1-reader", OwnOperator.PASSWORD);
    HttpResponse<String> added =
        staff.post(
            "api/admin/users", "{\"operatorId\":" + operator.id() + ",\"phone\":\"13800000052\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long driverId = Long.parseLong(Json.field(added.body(), "driverId"));
    String vipPath = "api/admin/users/" + operator.id() + "/" + driverId + "/vip";

    assertThat(reader.put(vipPath, "{\"kind\":\"FREE\"}").statusCode())
        .as("read-only staff")
        .isEqualTo(403);
    assertThat(reader.get("api/admin/users?search=13800000052").body()).contains("13800000052");
    assertThat(other.staff().put(vipPath, "{\"kind\":\"FREE\"}").statusCode())
        .as("another operator")
        .isEqualTo(404);
    assertThat(other.staff().get("api/admin/users?search=13800000052").body())
        .doesNotContain("13800000052");
    HttpResponse<String> nothingOff =
        staff.put(vipPath, "{\"kind\":\"DISCOUNT\",\"electricityPercent\":0,\"servicePercent\":0}");
    assertThat(nothingOff.statusCode()).isEqualTo(422);
    assertThat(nothingOff.body()).contains("benefit.discount.none");
    HttpResponse<String> tooMuch =
        staff.put(vipPath, "{\"kind\":\"DISCOUNT\",\"electricityPercent\":120}");
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(tooMuch.body()).contains("benefit.percent.invalid");
    HttpResponse<String> otherStation =
        staff.put(
            vipPath,
            "{\"kind\":\"DISCOUNT\",\"electricityPercent\":10,\"stationIds\":["
                + other.station()
                + "]}");
    assertThat(otherStation.statusCode()).as("another operator's station").isEqualTo(404);
    HttpResponse<String> plates =
        staff.put(
            "api/admin/users/" + operator.id() + "/" + driverId + "/plates",
            "{\"plates\":[\"沪A1234\"]}");
    assertThat(plates.statusCode()).isEqualTo(422);
    assertThat(plates.body()).contains("driver.plate.invalid");

    String today = LocalDate.now(SHANGHAI).toString();
    HttpResponse<String> broken =
        staff.post(
            "api/admin/charging-activities",
            "{\"operatorId\":"
                + operator.id()
                + ",\"name\":\"\",\"startDate\":\""
                + today
                + "\",\"endDate\":\"2020-01-01\",\"weekdays\":[],\"electricityPercent\":10,"
                + "\"servicePercent\":10,\"stationIds\":[]}");
    assertThat(broken.statusCode()).isEqualTo(422);
    assertThat(broken.body())
        .contains(
            "activity.name.invalid",
            "activity.dates.order",
            "activity.weekdays.none",
            "activity.stations.none");
    String body =
        activity(operator.id(), operator.station(), "今日活动", today, today, "[\"MONDAY\"]", 10, 10);
    assertThat(reader.post("api/admin/charging-activities", body).statusCode()).isEqualTo(403);
    HttpResponse<String> created = staff.post("api/admin/charging-activities", body);
    assertCreated(created);
    long id = Long.parseLong(Json.field(created.body(), "id"));
    assertThat(other.staff().get("api/admin/charging-activities/" + id).statusCode())
        .isEqualTo(404);
    HttpResponse<String> ended = staff.post("api/admin/charging-activities/" + id + "/end");
    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(Json.field(ended.body(), "state")).isEqualTo("ENDED");
    HttpResponse<String> again = staff.post("api/admin/charging-activities/" + id + "/end");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("activity.ended");
    assertThat(staff.put("api/admin/charging-activities/" + id, body).statusCode()).isEqualTo(409);
  }

  private static void assertCreated(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }
}
