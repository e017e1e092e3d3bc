package cn.evpark.parking;

import static cn.evpark.it.BayCamera.event;
import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.BayCamera;
import cn.evpark.it.Bills;
import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OrderFilters;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Occupancy fees end to end ({@code parking.md §3}, manual 2.3 and 5.4), by the manual's example
 * rule (deposit 5.00; 15 free minutes, then 1.50 per started 30 minutes): a start that cannot hold
 * the deposit is refused; a session's stay under the deposit gets the rest back, one over it owes
 * the difference, staff collect part of that offline; a car that parks without charging owes the
 * whole fee, though the camera reported its departure before its entry; the driver pays what is
 * owed from the wallet; the ledger balances throughout.
 *
 * <p>The bay camera is a fake over signed HTTP ({@link BayCamera}) whose events carry the times
 * they happened, and the piles' records ({@link Bills}) the sessions' times, so hours of parking
 * take no time: T is now, the first car entered at T-6h.
 */
@ExtendWith(SharedPlatform.class)
class OccupancyIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String PHONE = "13800000081";
  static final String PLATE = "粤B81081";
  static final PileCode PILE_1 = PileCode.of("44030513400001");
  static final PileCode PILE_2 = PileCode.of("44030513400002");
  static final PileCode PILE_3 = PileCode.of("44030513400003");

  final URL base = SharedPlatform.base();

  @Test
  void theFeeComesOutOfTheDeposit_theRestGoesBack_andWhatItDoesNotCoverIsOwed() throws Exception {
    OwnOperator operator = OwnOperator.create(base, "占位运营商", "occupancy-admin");
    Http staff = operator.staff();
    Http admin = new Http(base);
    long model = Long.parseLong(Json.field(admin.get("api/admin/device-models").body(), "id"));
    ReservationsIT.addPile(staff, operator.station(), model, PILE_1, "Z-01");
    ReservationsIT.addPile(staff, operator.station(), model, PILE_2, "Z-02");
    ReservationsIT.addPile(staff, operator.station(), model, PILE_3, "Z-03");
    HttpResponse<String> rule =
        staff.post(
            "api/admin/tariff/occupancy-rules",
            "{\"name\":\"超时占位\",\"chargeType\":\"PREPAID\",\"deposit\":5.00,"
                + "\"withOrder\":{\"freeMinutes\":15,\"periodMinutes\":30,\"periodFee\":1.50},"
                + "\"withoutOrder\":{\"freeMinutes\":15,\"periodMinutes\":30,\"periodFee\":1.50}}");
    assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
    HttpResponse<String> effective =
        staff.put(
            "api/admin/tariff/stations/" + operator.station() + "/occupancy-fee",
            "{\"ruleId\":" + Json.field(rule.body(), "id") + ",\"effective\":true}");
    assertThat(effective.statusCode()).as(effective.body()).isEqualTo(200);
    Http driver = new Http(base).asDriver(DriverLogin.token(base, PHONE));
    assertThat(operator.topUp(admin, PHONE, "6.00", "occupancy-6").statusCode()).isEqualTo(201);
    long driverId =
        Long.parseLong(Json.field(admin.get("api/admin/drivers?phone=" + PHONE).body(), "id"));
    assertThat(
            staff
                .put(
                    "api/admin/users/" + operator.id() + "/" + driverId + "/plates",
                    "{\"plates\":[\"" + PLATE + "\"]}")
                .statusCode())
        .isEqualTo(200);
    BayCamera camera = BayCamera.issue(base, staff, operator.station());
    OffsetDateTime t = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS);

    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .guns(1)
                .build())) {
      VirtualPile pile1 = pluggedIn(simulator, PILE_1);
      VirtualPile pile3 = pluggedIn(simulator, PILE_3);
      pluggedIn(simulator, PILE_2);

      // 6.00 cannot hold the 5.00 deposit besides the pile's 2.00 minimum
      HttpResponse<String> refused = start(driver, PILE_1, "occ-0");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
      assertThat(refused.body()).contains("charging.start.balanceBelowDeposit");
      assertThat(operator.topUp(admin, PHONE, "14.00", "occupancy-14").statusCode()).isEqualTo(201);

      // Z-01: in at T-6h, charged T-5h50 to T-5h05, out 40 minutes later: one period, 1.50
      sees(camera, "o-1", "VEHICLE_IN", "Z-01", t.minusHours(6), BayCamera.jpeg());
      String first = charged(driver, pile1, "occ-1", t.minusMinutes(350), "1.0000");
      // charging is over, the car is still in the bay: the deposit stays held
      assertThat(wallet(driver, "depositHeld")).isEqualTo("5.00");
      sees(camera, "o-2", "VEHICLE_OUT", "Z-01", t.minusMinutes(265), BayCamera.jpeg());
      assertThat(wallet(driver, "depositHeld")).isEqualTo("0.00");
      String stay1 = stayOf(driver, first);
      assertThat(field(driver, stay1, "fee")).isEqualTo("1.50");
      assertThat(field(driver, stay1, "refund")).isEqualTo("3.50");
      assertThat(field(driver, stay1, "settlement")).isEqualTo("PAID");
      // the camera's repeat changes nothing
      HttpResponse<String> repeat =
          camera.send(event("o-2", "VEHICLE_OUT", "Z-01", PLATE, iso(t.minusMinutes(265)), null));
      assertThat(repeat.body()).contains("\"repeated\":true");

      // Z-03: in at T-4h20, charged T-4h10 to T-3h25, out at T: seven periods, 10.50; 5.50 owed
      sees(camera, "o-3", "VEHICLE_IN", "Z-03", t.minusMinutes(260), null);
      String second = charged(driver, pile3, "occ-3", t.minusMinutes(250), "1.0000");
      sees(camera, "o-4", "VEHICLE_OUT", "Z-03", t, BayCamera.jpeg());
      String stay2 = stayOf(driver, second);
      assertThat(field(driver, stay2, "fee")).isEqualTo("10.50");
      assertThat(field(driver, stay2, "arrears")).isEqualTo("5.50");
      assertThat(field(driver, stay2, "settlement")).isEqualTo("OWING");
      assertThat(wallet(driver, "arrears")).isEqualTo("5.50");
      assertThat(wallet(driver, "depositHeld")).isEqualTo("0.00");
      HttpResponse<String> owing = start(driver, PILE_2, "occ-5");
      assertThat(owing.body()).contains("charging.start.arrears");

      // Z-02, no charging: the departure at T came in before the entry at T-50min
      sees(camera, "o-6", "VEHICLE_OUT", "Z-02", t, null);
      sees(camera, "o-5", "VEHICLE_IN", "Z-02", t.minusMinutes(50), BayCamera.jpeg());
      String parked = stayOnBay(driver, "Z-02");
      assertThat(field(driver, parked, "kind")).isEqualTo("WITHOUT_CHARGING_ORDER");
      assertThat(field(driver, parked, "fee")).isEqualTo("3.00");
      assertThat(wallet(driver, "arrears")).isEqualTo("8.50");

      pagesShow(stay1, stay2, parked);
      // staff took 2.00 offline; the records show what is left, the oldest paid first
      assertThat(wallet(driver, "arrears")).isEqualTo("6.50");
      String records = driver.get("api/driver/arrears").body();
      assertThat(records).contains("\"kind\":\"OCCUPANCY\"", stay2, parked, "\"owed\":6.50");
      BigDecimal before = new BigDecimal(wallet(driver, "balance"));
      HttpResponse<String> paid =
          driver.post(
              "api/driver/arrears/" + operator.id() + "/pay", "{}", "Idempotency-Key", "occ-pay");
      assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
      assertThat(wallet(driver, "arrears")).isEqualTo("0.00");
      assertThat(new BigDecimal(wallet(driver, "balance")))
          .isEqualByComparingTo(before.subtract(new BigDecimal("6.50")));
      assertThat(field(driver, parked, "settlement")).isEqualTo("PAID");
      assertThat(Ledgers.balancesMatchEntries()).isTrue();
    }
  }

  /** 占位订单 as staff see it: every column of manual 5.4, the filters, 线下收取 of 2.00. */
  void pagesShow(String underDeposit, String overDeposit, String parked) {
    try (Browser browser = new Browser(base)) {
      browser.logIn("occupancy-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      // 订单管理 → 占位订单 in the menu
      browser.script("document.querySelector(\"a[href*='occupancy-orders']\").click();");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/occupancy-orders"));
      browser.waitFor(WAIT, d -> rows(browser).size() == 3);
      assertThat(browser.pageText())
          .contains(
              "订单编号",
              "车牌号",
              "电站名称",
              "充电订单编号",
              "充电订单状态",
              "订单状态",
              "结算状态",
              "充电开始时间",
              "充电结束时间",
              "驶入车位时间",
              "驶入车位图片",
              "驶离车位时间",
              "驶离车位图片",
              "充电结束免费时长(分钟)",
              "占位时长(分钟)",
              "应收占位费",
              "线下收取金额",
              "实收占位费");
      WebElement over = row(browser, overDeposit);
      assertThat(over.getText()).contains(PLATE, "占位运营商站", "已结算", "欠费", "10.50", "15", "205");
      assertThat(row(browser, underDeposit).getText()).contains("已结清", "1.50", "40");
      assertThat(row(browser, parked).getText()).contains("3.00", "欠费", "50");
      browser.screenshot("occupancy-orders");

      over.findElement(By.cssSelector("a[id$=':collect']")).click();
      browser.waitFor(WAIT, d -> browser.find("#collectDialog").isDisplayed());
      assertThat(browser.text("#collectDialog")).contains(overDeposit, "5.50");
      amount(browser, "9.00");
      browser.click("#collectForm\\:save");
      browser.waitFor(WAIT, d -> browser.text("#collectDialog").contains("不能超过未结清金额"));
      amount(browser, "2.00");
      browser.click("#collectForm\\:save");
      browser.waitFor(
          WAIT,
          d ->
              row(browser, overDeposit)
                  .findElement(By.cssSelector(".offline"))
                  .getText()
                  .contains("2.00"));
      browser.screenshot("occupancy-collected");

      OrderFilters.walk(browser, "occupancy", "b81081", 3);
    }
  }

  /**
   * A session of gun 1 the driver starts, which the pile's record (sent as the pile would) says ran
   * 45 minutes from {@code from}, 1 kWh.
   *
   * @return its order number, once settled
   */
  static String charged(Http driver, VirtualPile pile, String key, OffsetDateTime from, String kwh)
      throws Exception {
    HttpResponse<String> started = start(driver, pile.code(), key);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String orderNo = Json.field(started.body(), "orderNo");
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                Json.field(driver.get("api/driver/charging-orders/" + orderNo).body(), "state")
                    .equals("CHARGING"));
    assertThat(wallet(driver, "depositHeld")).isEqualTo("5.00");
    TransactionSerial serial =
        TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
    TransactionRecord record =
        Bills.flat(
            pile.code(),
            serial,
            from.toLocalDateTime(),
            Duration.ofMinutes(45),
            kwh,
            kwh,
            TransactionType.APP,
            StopReason.SOC_FULL);
    pile.send(record).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    return orderNo;
  }

  static void sees(
      BayCamera camera, String id, String kind, String bay, OffsetDateTime at, byte[] photo)
      throws Exception {
    HttpResponse<String> sent = camera.send(event(id, kind, bay, PLATE, iso(at), photo));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
  }

  static String iso(OffsetDateTime at) {
    return at.toString();
  }

  /** The stay of the driver's charging order. */
  static String stayOf(Http driver, String chargingOrderNo) throws Exception {
    return stayWhere(driver, "\"chargingOrderNo\":\"" + chargingOrderNo + "\"");
  }

  static String stayOnBay(Http driver, String bay) throws Exception {
    return stayWhere(driver, "\"bayNumber\":\"" + bay + "\"");
  }

  static String stayWhere(Http driver, String marker) throws Exception {
    String list = driver.get("api/driver/occupancy-orders").body();
    int at = list.indexOf(marker);
    assertThat(at).as(list).isNotNegative();
    return Json.field(list.substring(list.lastIndexOf('{', at)), "orderNo");
  }

  /** A field of one of the driver's stays, as the driver API gives it. */
  static String field(Http driver, String stay, String name) throws Exception {
    String list = driver.get("api/driver/occupancy-orders").body();
    int at = list.indexOf("\"orderNo\":\"" + stay + "\"");
    assertThat(at).as(list).isNotNegative();
    return Json.field(list.substring(list.lastIndexOf('{', at), list.indexOf('}', at) + 1), name);
  }

  static String wallet(Http driver, String name) throws Exception {
    return Json.field(driver.get("api/driver/wallets").body(), name);
  }

  /** Enters 线下收取金额 as PrimeFaces' number field takes it. */
  static void amount(Browser browser, String yuan) {
    browser.script("PrimeFaces.getWidgetById('collectForm:amount').setValue(arguments[0])", yuan);
  }

  static List<WebElement> rows(Browser browser) {
    return browser.find("#occupancy\\:table").findElements(By.cssSelector("tbody tr[data-ri]"));
  }

  static WebElement row(Browser browser, String orderNo) {
    return rows(browser).stream()
        .filter(r -> r.getText().contains(orderNo))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row of " + orderNo));
  }
}
