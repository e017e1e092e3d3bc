package cn.evpark.parking;

import static cn.evpark.it.BayCamera.event;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.BayCamera;
import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OrderFilters;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.LockState;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
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
 * Reservations of bays end to end ({@code parking.md §2}, manual 2.2): a driver books with the fee
 * from the wallet, the bay's ground lock (the simulator's, over YKC) rises, a bay camera (a fake,
 * over signed HTTP) sees another plate and then the booked one, which ends the booking and lowers
 * the lock; a booking nobody comes for expires; a cancelled one frees the bay; the daily limit and
 * a held bay are refused with their reasons.
 */
@ExtendWith(SharedPlatform.class)
class ReservationsIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String PHONE = "13800000061";
  static final String PLATE = "粤B61061";
  static final PileCode PILE_1 = PileCode.of("44030513200001");
  static final PileCode PILE_2 = PileCode.of("44030513200002");

  final URL base = SharedPlatform.base();

  @Test
  void aDriverBooksABay_theLockHoldsIt_forTheBookedPlateOnly_untilItComesOrTheTimeRunsOut()
      throws Exception {
    OwnOperator operator = OwnOperator.create(base, "预约运营商", "reservations-admin");
    Http staff = operator.staff();
    Http admin = new Http(base);
    long model = Long.parseLong(Json.field(admin.get("api/admin/device-models").body(), "id"));
    addPile(staff, operator.station(), model, PILE_1, "R-01");
    addPile(staff, operator.station(), model, PILE_2, "R-02");
    long rule =
        Long.parseLong(
            Json.field(
                staff
                    .post(
                        "api/admin/tariff/reservation-rules",
                        "{\"name\":\"预约规则\",\"dailyLimit\":3,\"tiers\":["
                            + "{\"minutes\":1,\"fee\":0.50},{\"minutes\":60,\"fee\":5.00}]}")
                    .body(),
                "id"));
    String stationTariff = "api/admin/tariff/stations/" + operator.station() + "/reservations";
    Http driver = new Http(base).asDriver(DriverLogin.token(base, PHONE));
    String offer = "api/driver/stations/" + operator.station() + "/reservation-offer";
    assertThat(driver.get(offer).body()).contains("parking.reserve.notOffered");
    HttpResponse<String> published =
        staff.put(stationTariff, "{\"ruleId\":" + rule + ",\"published\":true}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(operator.topUp(admin, PHONE, "20.00", "reserve-20").statusCode()).isEqualTo(201);
    long driverId =
        Long.parseLong(Json.field(admin.get("api/admin/drivers?phone=" + PHONE).body(), "id"));
    HttpResponse<String> plates =
        staff.put(
            "api/admin/users/" + operator.id() + "/" + driverId + "/plates",
            "{\"plates\":[\"" + PLATE + "\"]}");
    assertThat(plates.statusCode()).as(plates.body()).isEqualTo(200);
    BayCamera camera = BayCamera.issue(base, staff, operator.station());

    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .guns(1)
                .groundLocks(true)
                .build())) {
      VirtualPile pile1 = simulator.addPile(PILE_1);
      VirtualPile pile2 = simulator.addPile(PILE_2);
      assertThat(pile1.connect().toCompletableFuture().get(30, TimeUnit.SECONDS).accepted())
          .isTrue();
      assertThat(pile2.connect().toCompletableFuture().get(30, TimeUnit.SECONDS).accepted())
          .isTrue();
      // free once both locks have reported themselves
      Awaitility.await()
          .atMost(WAIT)
          .until(() -> driver.get(offer).body().split("\"free\":true", -1).length - 1 == 2);
      assertThat(driver.get(offer).body()).contains("\"dailyLimit\":3", "\"minutes\":60");

      // nobody comes for this one: it expires after its minute and its lock goes down
      String expiring = reserve(driver, operator.station(), "R-02", 1, "k-expire");
      awaitLock(pile2, LockState.RAISED);

      HttpResponse<String> booked =
          driver.post(
              "api/driver/reservations",
              body(operator.station(), "R-01", 60),
              "Idempotency-Key",
              "k-held");
      assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
      String held = Json.field(booked.body(), "orderNo");
      assertThat(booked.body()).contains("\"fee\":5.00", "\"state\":\"RESERVED\"");
      awaitLock(pile1, LockState.RAISED);
      // the same request again answers the same booking and pays nothing again
      HttpResponse<String> repeat =
          driver.post(
              "api/driver/reservations",
              body(operator.station(), "R-01", 60),
              "Idempotency-Key",
              "k-held");
      assertThat(Json.field(repeat.body(), "orderNo")).isEqualTo(held);
      assertThat(walletBalance(driver)).isEqualTo("14.50");
      assertRefused(driver, operator.station(), "R-01", "k-taken", "parking.reserve.bayReserved");

      // another car at the held bay is recorded, and changes nothing
      String now = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS).toString();
      assertThat(
              camera
                  .send(event("r-cam-1", "VEHICLE_IN", "R-01", "粤B00001", now, null))
                  .statusCode())
          .isEqualTo(201);
      assertThat(state(driver, held)).isEqualTo("RESERVED");
      assertThat(
              camera
                  .send(event("r-cam-2", "VEHICLE_OUT", "R-01", "粤B00001", now, null))
                  .statusCode())
          .isEqualTo(201);
      // the booked plate arrives: the reservation is fulfilled and the lock goes down
      String arrival = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS).toString();
      assertThat(
              camera
                  .send(event("r-cam-3", "VEHICLE_IN", "R-01", PLATE, arrival, BayCamera.jpeg()))
                  .statusCode())
          .isEqualTo(201);
      assertThat(state(driver, held)).isEqualTo("FULFILLED");
      awaitLock(pile1, LockState.LOWERED);
      assertRefused(
          driver, operator.station(), "R-01", "k-occupied", "parking.reserve.bayOccupied");
      String left = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS).toString();
      assertThat(
              camera.send(event("r-cam-4", "VEHICLE_OUT", "R-01", PLATE, left, null)).statusCode())
          .isEqualTo(201);

      // the third booking of the day is cancelled: the bay is freed, the fee kept
      String cancelled = reserve(driver, operator.station(), "R-01", 60, "k-cancel");
      awaitLock(pile1, LockState.RAISED);
      HttpResponse<String> cancel =
          driver.post("api/driver/reservations/" + cancelled + "/cancel", "{}");
      assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
      assertThat(cancel.body()).contains("\"state\":\"CANCELLED\"");
      awaitLock(pile1, LockState.LOWERED);
      assertThat(driver.post("api/driver/reservations/" + cancelled + "/cancel", "{}").body())
          .contains("parking.reservation.notOpen");
      assertThat(walletBalance(driver)).isEqualTo("9.50");
      // a fourth is over the rule's daily limit of three
      assertRefused(driver, operator.station(), "R-01", "k-fourth", "parking.reserve.dailyLimit");

      Awaitility.await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> state(driver, expiring).equals("EXPIRED"));
      awaitLock(pile2, LockState.LOWERED);
      assertThat(walletBalance(driver)).isEqualTo("9.50");

      pagesShow(held, expiring);
    }
  }

  /** 预约订单 as staff see it: every column of manual 5.3, 详情, the filters. */
  void pagesShow(String held, String expiring) {
    try (Browser browser = new Browser(base)) {
      browser.logIn("reservations-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      // 订单管理 → 预约订单 in the menu
      browser.script("document.querySelector(\"a[href*='reservation-orders']\").click();");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/reservation-orders"));
      browser.waitFor(WAIT, d -> rows(browser).size() == 3);
      assertThat(browser.pageText())
          .contains(
              "订单编号",
              "车牌号",
              "电站名称",
              "车位编号",
              "预约费用",
              "预约状态",
              "支付状态",
              "预约时长(分钟)",
              "开始时间",
              "结束时间",
              "进场时间",
              "离场时间",
              "进场图片",
              "离场图片",
              "操作");
      // the latest booked first: cancelled, fulfilled, expired
      assertThat(rows(browser).get(0).getText()).contains("R-01", "5.00", "已取消", "已支付", "60");
      WebElement fulfilled = rows(browser).get(1);
      assertThat(fulfilled.getText()).contains(held, PLATE, "预约运营商站", "已到场", "查看");
      assertThat(fulfilled.findElement(By.cssSelector(".entry-at")).getText()).isNotBlank();
      assertThat(fulfilled.findElement(By.cssSelector(".exit-at")).getText()).isNotBlank();
      assertThat(rows(browser).get(2).getText()).contains(expiring, "R-02", "0.50", "已过期", "1");
      browser.screenshot("reservation-orders");

      fulfilled.findElement(By.cssSelector("a[id$=':details']")).click();
      browser.waitFor(WAIT, d -> browser.find("#detailsDialog").isDisplayed());
      assertThat(browser.text("#detailsDialog")).contains("粤B00001", "已降锁", "预约费不退");
      browser.screenshot("reservation-details");
      browser.click("#detailsDialog .ui-dialog-titlebar-close");

      OrderFilters.walk(browser, "reservations", "b61061", 3);
    }
  }

  static List<WebElement> rows(Browser browser) {
    return browser.find("#reservations\\:table").findElements(By.cssSelector("tbody tr[data-ri]"));
  }

  static void addPile(Http staff, long station, long model, PileCode code, String bay)
      throws Exception {
    HttpResponse<String> added =
        staff.post(
            "api/admin/piles",
            ("{\"stationId\":%d,\"deviceModelId\":%d,\"code\":\"%s\",\"minStartAmount\":2.00,"
                    + "\"enabled\":true,\"category\":\"PUBLIC\",\"bayNumber\":\"%s\"}")
                .formatted(station, model, code.value(), bay));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }

  static String body(long station, String bay, int minutes) {
    return "{\"stationId\":%d,\"bayNumber\":\"%s\",\"minutes\":%d,\"plate\":\"%s\"}"
        .formatted(station, bay, minutes, PLATE);
  }

  static String reserve(Http driver, long station, String bay, int minutes, String key)
      throws Exception {
    HttpResponse<String> booked =
        driver.post("api/driver/reservations", body(station, bay, minutes), "Idempotency-Key", key);
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    return Json.field(booked.body(), "orderNo");
  }

  static void assertRefused(Http driver, long station, String bay, String key, String code)
      throws Exception {
    HttpResponse<String> refused =
        driver.post("api/driver/reservations", body(station, bay, 60), "Idempotency-Key", key);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains(code);
  }

  static String state(Http driver, String orderNo) throws Exception {
    String list = driver.get("api/driver/reservations").body();
    int at = list.indexOf("\"orderNo\":\"" + orderNo + "\"");
    assertThat(at).as(list).isNotNegative();
    int object = list.lastIndexOf('{', at);
    return Json.field(list.substring(object, list.indexOf('}', at) + 1), "state");
  }

  static String walletBalance(Http driver) throws Exception {
    return Json.field(driver.get("api/driver/wallets").body(), "balance");
  }

  static void awaitLock(VirtualPile pile, LockState state) {
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                pile.groundLock(1)
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .lockState()
                    .is(state));
  }
}
