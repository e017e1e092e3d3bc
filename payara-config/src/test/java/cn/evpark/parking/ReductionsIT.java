package cn.evpark.parking;

import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.BayCamera;
import cn.evpark.it.Bills;
import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.FakeParkingSystem;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OrderFilters;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * Parking-fee reductions end to end ({@code parking.md §4}, manual 5.2): a station grants 120
 * minutes free after 1 kWh; a session of 2 kWh settles and its reduction is issued to a fake
 * parking system over real HTTP, which is down at first (the attempt's error is kept and the
 * reduction tried again after its wait) and then takes it, signed with the station's key; the
 * parking system redeems it (核销) once; 减免订单 and 减免汇总 show it.
 */
@ExtendWith(SharedPlatform.class)
class ReductionsIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String PHONE = "13800000091";
  static final String PLATE = "粤B91091";
  static final PileCode PILE = PileCode.of("44030513500001");

  final URL base = SharedPlatform.base();

  @Test
  void aChargeEarnsAReduction_issuedUntilTheParkingSystemTakesIt_andRedeemedOnce()
      throws Exception {
    OwnOperator operator = OwnOperator.create(base, "减免运营商", "reductions-admin");
    Http staff = operator.staff();
    Http admin = new Http(base);
    long model = Long.parseLong(Json.field(admin.get("api/admin/device-models").body(), "id"));
    ReservationsIT.addPile(staff, operator.station(), model, PILE, "J-01");
    BayCamera station = BayCamera.issue(base, staff, operator.station());
    String setting = "api/admin/parking/stations/" + operator.station() + "/reduction";

    try (FakeParkingSystem parking = new FakeParkingSystem(station.secret(), 200);
        Simulator simulator =
            new Simulator(
                SimulatorConfig.builder()
                    .port(MicroEnvironment.settings().ykcPort())
                    .guns(1)
                    .build())) {
      String reduction = "{\"enabled\":true,\"minEnergy\":1,\"kind\":\"MINUTES\",\"value\":120}";
      HttpResponse<String> noSystem = staff.put(setting, reduction);
      assertThat(noSystem.statusCode()).as(noSystem.body()).isEqualTo(422);
      assertThat(noSystem.body()).contains("parking.reduction.noSystem");
      String system = "api/admin/parking/stations/" + operator.station() + "/parking-system";
      assertThat(staff.put(system, "{\"url\":\"ftp://parking\"}").body())
          .contains("parking.system.url");
      HttpResponse<String> systemSet = staff.put(system, "{\"url\":\"" + parking.url() + "\"}");
      assertThat(systemSet.statusCode()).as(systemSet.body()).isEqualTo(200);
      HttpResponse<String> wrong =
          staff.put(
              setting, "{\"enabled\":true,\"minEnergy\":0,\"kind\":\"MINUTES\",\"value\":1.5}");
      assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
      assertThat(wrong.body()).contains("parking.reduction.minEnergy", "parking.reduction.minutes");
      HttpResponse<String> set = staff.put(setting, reduction);
      assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
      assertThat(staff.get(setting).body()).contains("\"value\":120", "\"kind\":\"MINUTES\"");

      Http driver = new Http(base).asDriver(DriverLogin.token(base, PHONE));
      assertThat(operator.topUp(admin, PHONE, "50.00", "reductions-50").statusCode())
          .isEqualTo(201);
      long driverId =
          Long.parseLong(Json.field(admin.get("api/admin/drivers?phone=" + PHONE).body(), "id"));
      assertThat(
              staff
                  .put(
                      "api/admin/users/" + operator.id() + "/" + driverId + "/plates",
                      "{\"plates\":[\"" + PLATE + "\"]}")
                  .statusCode())
          .isEqualTo(200);

      lockedThroughTheParkingSystem(staff, driver, operator.station(), parking);

      // the parking system goes down before the charge's reduction is due
      parking.answer(503);
      VirtualPile pile = pluggedIn(simulator, PILE);
      String chargingOrder = charged(driver, pile);

      // the parking system is down: the attempt's error is kept, the reduction stays pending
      Awaitility.await().atMost(WAIT).until(() -> !parking.calls("/reductions").isEmpty());
      Awaitility.await().atMost(WAIT).until(() -> reduction(staff).contains("HTTP 503"));
      String pending = reduction(staff);
      assertThat(pending)
          .contains(
              "\"issueState\":\"PENDING\"",
              "\"plate\":\"" + PLATE + "\"",
              "\"chargingOrderNo\":\"" + chargingOrder + "\"",
              "\"content\":\"免费停车120分钟\"");
      String orderNo = Json.field(pending, "orderNo");

      // up again: the next attempt, after its wait, is taken
      parking.answer(200);
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> reduction(staff).contains("\"issueState\":\"SENT\""));
      List<FakeParkingSystem.Call> calls = parking.calls("/reductions");
      FakeParkingSystem.Call taken = calls.get(calls.size() - 1);
      assertThat(taken.signed()).as("signed with the station's key").isTrue();
      assertThat(taken.body())
          .contains(orderNo, PLATE, "\"kind\":\"MINUTES\"", "\"value\":120", "免费停车120分钟");
      assertThat(calls).allMatch(FakeParkingSystem.Call::signed);

      // redeemed once; a repeat changes nothing; another number is unknown
      String redeemedAt = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS).toString();
      String redemption = "{\"orderNo\":\"" + orderNo + "\",\"redeemedAt\":\"" + redeemedAt + "\"}";
      HttpResponse<String> redeemed =
          station.sendTo("api/parking/reduction-redemptions", redemption);
      assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(200);
      assertThat(redeemed.body()).contains("\"repeated\":false");
      assertThat(station.sendTo("api/parking/reduction-redemptions", redemption).body())
          .contains("\"repeated\":true");
      HttpResponse<String> unknown =
          station.sendTo(
              "api/parking/reduction-redemptions",
              "{\"orderNo\":\"JM0\",\"redeemedAt\":\"" + redeemedAt + "\"}");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.body()).contains("parking.reduction.notFound");
      assertThat(reduction(staff)).contains("\"redeemed\":true");
      String summary = staff.get("api/admin/reduction-orders/summary").body();
      assertThat(summary).contains("\"orders\":1", "\"redeemed\":1", "\"minutes\":120");

      pagesShow(orderNo, parking.url());
    }
  }

  /**
   * 减免订单 with the manual's columns and filters, 减免汇总, and the setting in the station's 停车设备 tab, as
   * staff see them.
   */
  void pagesShow(String orderNo, String parkingUrl) {
    try (Browser browser = new Browser(base)) {
      browser.logIn("reductions-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.script("document.querySelector(\"a[href*='reduction-orders']\").click();");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/reduction-orders"));
      browser.waitFor(WAIT, d -> rows(browser, "reductions").size() == 1);
      assertThat(browser.pageText())
          .contains(
              "减免内容", "减免订单编号", "电站名称", "车牌号", "减免类型", "抵扣额度", "下发时间", "下发状态", "核销时间", "核销状态",
              "操作");
      assertThat(rows(browser, "reductions").get(0).getText())
          .contains("免费停车120分钟", orderNo, "减免运营商站", PLATE, "减免时长", "120", "已下发", "已核销");
      browser.screenshot("reduction-orders");
      OrderFilters.walk(browser, "reductions", "b91091", 1);
      String today = LocalDate.now(SHANGHAI).toString();

      browser.script("document.querySelector(\"a[href*='reduction-summary']\").click();");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/reduction-summary"));
      browser.waitFor(WAIT, d -> rows(browser, "summary").size() == 1);
      assertThat(rows(browser, "summary").get(0).getText())
          .contains(today, "减免运营商站", "1", "120", "0.00");
      browser.screenshot("reduction-summary");

      browser.open("admin/stations.xhtml");
      browser.click("#stations\\:table\\:0\\:settings");
      browser.waitFor(WAIT, d -> browser.find("#settingsDialog").isDisplayed());
      browser.find("#settingsForm\\:tabs").findElements(By.cssSelector(".ui-tabs-header")).stream()
          .filter(tab -> tab.getText().contains("停车设备"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.waitFor(WAIT, d -> browser.find("#settingsForm\\:tabs\\:reduction").isDisplayed());
      assertThat(browser.find("#settingsForm\\:tabs\\:systemUrl").getAttribute("value"))
          .isEqualTo(parkingUrl);
      assertThat(browser.find("#settingsForm\\:tabs\\:reductionValue_input").getAttribute("value"))
          .startsWith("120");
      browser.type("#settingsForm\\:tabs\\:systemUrl", "ftp://parking");
      // below the dialog's fold: pressed as a keyboard user would reach it
      browser.script("document.getElementById('settingsForm:tabs:saveSystem').click();");
      browser.waitFor(
          WAIT, d -> browser.text("#settingsForm\\:tabs\\:parkingTab").contains("须为http或https网址"));
      browser.screenshot("station-parking-reduction");
    }
  }

  /**
   * A bay without a ground lock, at a station with a parking system: booking it asks the parking
   * system to hold the bay for the plate (RAISE), cancelling asks it to free it (LOWER), and the
   * reservation shows each as the lock's answer.
   */
  void lockedThroughTheParkingSystem(
      Http staff, Http driver, long station, FakeParkingSystem parking) throws Exception {
    long rule =
        Long.parseLong(
            Json.field(
                staff
                    .post(
                        "api/admin/tariff/reservation-rules",
                        "{\"name\":\"减免站预约\",\"dailyLimit\":3,\"tiers\":[{\"minutes\":60,"
                            + "\"fee\":1.00}]}")
                    .body(),
                "id"));
    assertThat(
            staff
                .put(
                    "api/admin/tariff/stations/" + station + "/reservations",
                    "{\"ruleId\":" + rule + ",\"published\":true}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> booked =
        driver.post(
            "api/driver/reservations",
            "{\"stationId\":%d,\"bayNumber\":\"J-01\",\"minutes\":60,\"plate\":\"%s\"}"
                .formatted(station, PLATE),
            "Idempotency-Key",
            "reduce-book");
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    String reservation = Json.field(booked.body(), "orderNo");
    Awaitility.await().atMost(WAIT).until(() -> lock(driver, reservation).equals("RAISED"));
    assertThat(parking.calls("/bay-locks").get(0).body())
        .contains("\"bayNumber\":\"J-01\"", PLATE, "\"action\":\"RAISE\"");
    assertThat(driver.post("api/driver/reservations/" + reservation + "/cancel", "{}").statusCode())
        .isEqualTo(200);
    Awaitility.await().atMost(WAIT).until(() -> lock(driver, reservation).equals("LOWERED"));
    assertThat(parking.calls("/bay-locks")).hasSize(2).allMatch(FakeParkingSystem.Call::signed);
    assertThat(parking.calls("/bay-locks").get(1).body()).contains("\"action\":\"LOWER\"");
  }

  static String lock(Http driver, String reservation) throws Exception {
    String list = driver.get("api/driver/reservations").body();
    int at = list.indexOf("\"orderNo\":\"" + reservation + "\"");
    assertThat(at).as(list).isNotNegative();
    return Json.field(list.substring(list.lastIndexOf('{', at), list.indexOf('}', at) + 1), "lock");
  }

  /** The driver starts gun 1; the pile's record says it charged 2 kWh an hour ago. */
  static String charged(Http driver, VirtualPile pile) throws Exception {
    HttpResponse<String> started = start(driver, pile.code(), "reduce-1");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String orderNo = Json.field(started.body(), "orderNo");
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                Json.field(driver.get("api/driver/charging-orders/" + orderNo).body(), "state")
                    .equals("CHARGING"));
    TransactionSerial serial =
        TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
    pile.send(
            Bills.flat(
                pile.code(),
                serial,
                LocalDateTime.now(SHANGHAI).minusHours(1).truncatedTo(ChronoUnit.SECONDS),
                Duration.ofMinutes(40),
                "2.0000",
                "2.0000",
                TransactionType.APP,
                StopReason.SOC_FULL))
        .toCompletableFuture()
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    return orderNo;
  }

  /** The operator's one reduction as the admin API gives it. */
  static String reduction(Http staff) throws Exception {
    HttpResponse<String> list = staff.get("api/admin/reduction-orders");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return list.body();
  }

  static List<WebElement> rows(Browser browser, String form) {
    return browser.find("#" + form + "\\:table").findElements(By.cssSelector("tbody tr[data-ri]"));
  }
}
