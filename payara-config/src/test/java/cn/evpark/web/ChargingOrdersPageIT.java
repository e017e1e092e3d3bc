package cn.evpark.web;

import static cn.evpark.it.Sessions.liveEnergy;
import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static cn.evpark.it.Sessions.synced;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Bills;
import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The 充电订单 page (manual 5.1) in headless Chromium: two piles bill offline sessions with their
 * transaction records; the administrator finds them from the home page's 更多>>, filters by 充电桩编码,
 * 充电状态 and a wrong date range, opens 详情 and exports, and the XLSX holds the rows the table shows.
 * Then a driver's session goes silent and turns abnormal (after 20 seconds here), and the
 * administrator settles it in 详情 with 异常结算 (money.md §3).
 *
 * <p>On the shared platform each test works on an operator of its own ({@link OwnOperator}: its
 * station charging by a standard with the demo standard's rows, its piles 440305129000xx) and
 * drivers of its own. The first, which counts every order it sees, does so as its operator's
 * administrator; the others find their order by its number or its driver's phone.
 */
@ExtendWith(SharedPlatform.class)
@MicroProperties("ykc.order.abnormal-after=PT20S")
class ChargingOrdersPageIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final PileCode PILE_1 = PileCode.of("44030512900001");
  static final PileCode PILE_2 = PileCode.of("44030512900002");
  static final PileCode PILE_3 = PileCode.of("44030512900003");
  static final PileCode PILE_4 = PileCode.of("44030512900004");
  static final String PHONE = "13800000031";
  static final String SESSION_PHONE = "13800000032";
  static final String STATION = "订单页运营商p1站";
  static final String HEADERS =
      "[电站名称, 手机号, 商户订单号, 充电电量(度数), 充电开始时间, 充电时长, 服务费(元), 电费(元), 实收总金额(元), 优惠金额(元), 充电状态, 支付状态,"
          + " 结束原因]";

  final URL base = SharedPlatform.base();

  /** An operator of the test's own, {@code 订单页运营商<tag>}, with the given piles. */
  OwnOperator operator(String tag, PileCode... piles) throws Exception {
    String[] codes = new String[piles.length];
    for (int i = 0; i < piles.length; i++) {
      codes[i] = piles[i].value();
    }
    return OwnOperator.create(base, "订单页运营商" + tag, "orders-page-" + tag + "-admin", codes);
  }

  @Test
  void administrator_filtersTheOrders_opensDetails_andExportsWhatTheTableShows() throws Exception {
    // it counts every order it sees: its operator's administrator sees only the operator's
    operator("p1", PILE_1, PILE_2);
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build())) {
      bill(
          simulator,
          PILE_1,
          offlineRecord(PILE_1, 1, "12.5000"),
          offlineRecord(PILE_1, 2, "12.5000"));
      bill(simulator, PILE_2, offlineRecord(PILE_2, 3, "5.0000"));
    }

    try (Browser browser = new Browser(base)) {
      browser.logIn("orders-page-p1-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));

      browser.open("admin/index.xhtml");
      browser.waitFor(WAIT, d -> browser.find("#sessions").isDisplayed());
      assertThat(browser.text("#sessions"))
          .contains(STATION, PILE_2.value() + " · 1号枪", "5.0000", "6.00", "15.00");
      browser.screenshot("home-latest-orders");
      browser.click("#moreOrders");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/charging-orders"));
      browser.waitFor(WAIT, d -> rows(browser).size() == 3);
      assertThat(browser.text("#orders\\:table")).contains("共 3 条");
      assertThat(browser.pageText()).contains("订单管理", "充电订单", "导出");

      browser.type("#orders\\:pileCode", PILE_2.value());
      find(browser);
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      WebElement only = rows(browser).get(0);
      assertThat(cell(only, "electricity-fee")).isEqualTo("4.00");
      assertThat(cell(only, "service-fee")).isEqualTo("2.00");
      assertThat(cell(only, "total-amount")).isEqualTo("6.00");
      assertThat(only.getText())
          .contains(STATION, "5.0000", "2026-11-25 05:00:00", "45分钟0秒", "充电完成", "未支付", "SOC达到100%");

      browser.pick("orders:state", "充电中");
      find(browser);
      browser.waitFor(WAIT, d -> browser.text("#orders\\:table").contains("暂无数据"));

      browser.pick("orders:state", "充电完成");
      browser.type("#orders\\:pileCode", PILE_1.value());
      find(browser);
      browser.waitFor(
          WAIT,
          d -> rows(browser).size() == 2 && !browser.text("#orders\\:table").contains("6.00"));
      for (WebElement row : rows(browser)) {
        assertThat(cell(row, "electricity-fee")).isEqualTo("10.00");
        assertThat(cell(row, "service-fee")).isEqualTo("5.00");
        assertThat(cell(row, "total-amount")).isEqualTo("15.00");
        assertThat(cell(row, "energy")).isEqualTo("12.5000");
      }
      assertThat(rows(browser).get(0).getText()).contains("2026-11-25 04:00:00");
      assertThat(rows(browser).get(1).getText()).contains("2026-11-25 03:00:00");
      List<List<String>> shown = new ArrayList<>();
      for (WebElement row : rows(browser)) {
        shown.add(columns(row));
      }
      browser.screenshot("charging-orders");

      date(browser, "from", "2026-11-26");
      date(browser, "to", "2026-11-25");
      find(browser);
      browser.waitFor(WAIT, d -> browser.pageText().contains("开始充电时间止：不能早于开始充电时间起"));
      assertThat(browser.find("#orders\\:to").getAttribute("class")).contains("ui-state-error");
      assertThat(browser.find("#orders\\:from").getAttribute("class"))
          .doesNotContain("ui-state-error");
      browser.screenshot("charging-orders-bad-range");
      date(browser, "from", "2026-11-25");
      find(browser);
      browser.waitFor(WAIT, d -> !browser.pageText().contains("不能早于开始充电时间起"));
      assertThat(rows(browser)).hasSize(2);

      String orderNo = shown.get(0).get(2);
      rows(browser).get(0).findElement(By.cssSelector("a[id$=':details']")).click();
      browser.waitFor(WAIT, d -> browser.find("#detailsDialog").isDisplayed());
      browser.waitFor(WAIT, d -> browser.text("#detailsDialog").contains(orderNo));
      String details = browser.text("#detailsDialog");
      assertThat(details)
          .contains(
              "开始充电 2026-11-25 04:00:00",
              "结束充电 2026-11-25 04:45:00",
              "结算",
              "离线卡充电",
              PILE_1.value() + " · 1号枪");
      String tiers = browser.text("#detailsForm\\:tiers");
      assertThat(tiers).contains("平", "12.5000", "0.80000", "0.40000", "10.00", "5.00");
      // 尖峰平谷, the field's order, not the database's (by the rate type's name)
      assertThat(
              List.of(
                  tiers.indexOf("尖"), tiers.indexOf("峰"), tiers.indexOf("平"), tiers.indexOf("谷")))
          .doesNotContain(-1)
          .isSorted();
      // The dialog scrolls within the window: read the frame whether scrolled into view or not.
      assertThat(browser.find("#recordHex").getAttribute("textContent"))
          .startsWith("68")
          .contains(PILE_1.value());
      browser.screenshot("charging-order-details");
      browser.script("PF('detailsDialog').hide()");

      Object[] download = export(browser);
      assertThat(download[0]).isEqualTo(200L);
      assertThat((String) download[1]).startsWith("application/vnd.openxmlformats");
      List<List<String>> exported = sheetRows(Base64.getDecoder().decode((String) download[2]));
      assertThat(exported.get(0).toString()).isEqualTo(HEADERS);
      assertThat(exported.subList(1, exported.size())).isEqualTo(shown);

      browser.type("#orders\\:pileCode", "");
      date(browser, "from", "");
      date(browser, "to", "");
      browser.pick("orders:state", "充电状态");
      find(browser);
      browser.waitFor(WAIT, d -> rows(browser).size() == 3);
      List<List<String>> all = new ArrayList<>();
      for (WebElement row : rows(browser)) {
        all.add(columns(row));
      }
      List<List<String>> allExported =
          sheetRows(Base64.getDecoder().decode((String) export(browser)[2]));
      assertThat(allExported.subList(1, allExported.size())).isEqualTo(all);
    }
  }

  @Test
  void administrator_settlesAnAbnormalOrder_seeingTheFiguresFirst() throws Exception {
    OwnOperator operator = operator("p2", PILE_3);
    Http admin = new Http(base);
    Http driver = new Http(base).asDriver(DriverLogin.token(base, PHONE));
    assertThat(operator.topUp(admin, PHONE, "20.00", "page-top-up").statusCode()).isEqualTo(201);
    String orderNo;
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .chargingDataInterval(Duration.ofMillis(500))
                .chargePowerKw(600)
                .build())) {
      VirtualPile pile = pluggedIn(simulator, PILE_3);
      HttpResponse<String> started = start(driver, PILE_3, "page-abnormal-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      orderNo = Json.field(started.body(), "orderNo");
      String path = "api/driver/charging-orders/" + orderNo;
      Awaitility.await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> liveEnergy(driver.get(path).body()).compareTo(new BigDecimal("0.2")) > 0);
      synced(pile);
    } // the pile goes offline mid-charge
    String order = "api/admin/charging-orders/" + orderNo;
    Awaitility.await("the silent session turns abnormal")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> Json.field(admin.get(order).body(), "state").equals("ABNORMAL"));
    String figures = admin.get(order + "/settlement-figures").body();
    String energy = Json.field(figures, "energy");
    String total = Json.field(figures, "totalAmount");

    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", MicroEnvironment.ADMIN_PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/charging-orders.xhtml");
      browser.type("#orders\\:orderNo", orderNo);
      find(browser);
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(cell(rows(browser).get(0), "order-state")).isEqualTo("异常订单");
      rows(browser).get(0).findElement(By.cssSelector("a[id$=':details']")).click();
      browser.waitFor(WAIT, d -> browser.text("#detailsDialog").contains(orderNo));

      browser.script("document.getElementById('detailsForm:settleAbnormal').click()");
      browser.waitFor(WAIT, d -> browser.text("#detailsDialog").contains("确认结算"));
      String confirm = browser.text("#detailsForm\\:settlementConfirm");
      assertThat(confirm)
          .contains("异常结算：按最后实时数据结算", "实时数据", "条（", "结算原因", "取消")
          .contains(energy, total);
      assertThat(browser.text("#detailsForm\\:settleTiers")).contains(energy);
      browser.screenshot("charging-order-abnormal-figures");

      browser.script("document.getElementById('detailsForm:confirmSettlement').click()");
      browser.waitFor(WAIT, d -> browser.pageText().contains("结算原因：请填写"));
      assertThat(Json.field(admin.get(order).body(), "state")).isEqualTo("ABNORMAL");

      browser.script(
          "document.getElementById('detailsForm:settlementReason').value = arguments[0]",
          "桩离线，按最后实时数据结算");
      browser.script("document.getElementById('detailsForm:confirmSettlement').click()");
      browser.waitFor(WAIT, d -> browser.text("#detailsDialog").contains("异常结算记录"));
      assertThat(browser.pageText()).contains("订单" + orderNo + "已异常结算");
      String details = browser.text("#detailsDialog");
      assertThat(details)
          .contains("充电完成", "已支付", "admin 于", "异常结算，原因：桩离线，按最后实时数据结算")
          .contains("电量" + energy + "度", "结算金额" + total + "元")
          .doesNotContain("确认结算");
      assertThat(browser.text("#detailsForm\\:ledger")).contains("钱包", "-" + total);
      browser.screenshot("charging-order-abnormal-settled");
    }
    assertThat(Json.field(admin.get(order).body(), "state")).isEqualTo("SETTLED");
    assertThat(new BigDecimal(Json.field(driver.get("api/driver/wallets").body(), "balance")))
        .isEqualByComparingTo(new BigDecimal("20.00").subtract(new BigDecimal(total)));
  }

  @Test
  void aDriversSession_fromLoginCodeToRecord_isShownSettled_andExported() throws Exception {
    OwnOperator operator = operator("p3", PILE_4);
    Http admin = new Http(base);
    Http driver = new Http(base).asDriver(DriverLogin.token(base, SESSION_PHONE));
    assertThat(operator.topUp(admin, SESSION_PHONE, "30.00", "page-session-top-up").statusCode())
        .isEqualTo(201);
    String order;
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .chargingDataInterval(Duration.ofMillis(500))
                .chargePowerKw(600)
                .build())) {
      VirtualPile pile = pluggedIn(simulator, PILE_4);
      HttpResponse<String> started = start(driver, PILE_4, "page-session-1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String path = "api/driver/charging-orders/" + Json.field(started.body(), "orderNo");
      Awaitility.await("real-time data reaches the order")
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> liveEnergy(driver.get(path).body()).compareTo(new BigDecimal("0.2")) > 0);
      assertThat(driver.post(path + "/stop").statusCode()).isEqualTo(200);
      pile.acknowledged(TransactionSerial.of(Json.field(started.body(), "transactionSerial")))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      order = driver.get(path).body();
    }
    assertThat(Json.field(order, "state")).isEqualTo("SETTLED");
    String orderNo = Json.field(order, "orderNo");
    String details = admin.get("api/admin/charging-orders/" + orderNo).body();

    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", MicroEnvironment.ADMIN_PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/charging-orders.xhtml");
      browser.type("#orders\\:phone", SESSION_PHONE);
      find(browser);
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      WebElement row = rows(browser).get(0);
      assertThat(columns(row))
          .contains(orderNo, SESSION_PHONE, "充电完成", "已支付")
          .contains(
              Json.field(details, "energy"),
              Json.field(details, "electricityFee"),
              Json.field(details, "serviceFee"),
              Json.field(details, "totalAmount"));
      assertThat(cell(row, "total-amount")).isEqualTo(Json.field(details, "totalAmount"));
      browser.screenshot("charging-order-driver-session");

      List<List<String>> exported =
          sheetRows(Base64.getDecoder().decode((String) export(browser)[2]));
      assertThat(exported.subList(1, exported.size())).containsExactly(columns(row));
    }
    BigDecimal total = new BigDecimal(Json.field(details, "totalAmount"));
    assertThat(total).isPositive();
    assertThat(new BigDecimal(Json.field(driver.get("api/driver/wallets").body(), "balance")))
        .isEqualByComparingTo(new BigDecimal("30.00").subtract(total));
  }

  static void bill(Simulator simulator, PileCode code, TransactionRecord... records)
      throws Exception {
    VirtualPile pile = simulator.addPile(code);
    assertThat(
            pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).accepted())
        .isTrue();
    for (TransactionRecord record : records) {
      pile.send(record).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(record.transactionSerial())
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /**
   * A session the platform never started (the pile's local card list): {@code kwh} at 平 (0.8 + 0.4
   * yuan/kWh by the demo standard), 45 minutes from 02:00 + {@code n} hours, the pile agreeing on
   * the amount.
   */
  static TransactionRecord offlineRecord(PileCode pile, int n, String kwh) {
    return Bills.flat(
        pile,
        TransactionSerial.of(pile.value() + "01" + "26112502" + String.format("%08d", n)),
        LocalDateTime.of(2026, 11, 25, 2, 0).plusHours(n),
        Duration.ofMinutes(45),
        kwh,
        new BigDecimal(kwh).multiply(new BigDecimal("1.2")).toPlainString(),
        TransactionType.OFFLINE_CARD,
        StopReason.SOC_FULL);
  }

  /**
   * Enters a day (yyyy-MM-dd, or empty) in a date field of the filters. The browser's date field
   * takes keys in the order of its locale's format, so the value is set as the field holds it.
   */
  static void date(Browser browser, String field, String day) {
    browser.script(
        "const input = document.getElementById('orders:' + arguments[0]);"
            + " input.value = arguments[1]; input.dispatchEvent(new Event('input'));",
        field,
        day);
    assertThat(browser.find("#orders\\:" + field).getAttribute("value")).isEqualTo(day);
  }

  /** Clicks 查询. */
  static void find(Browser browser) {
    browser.script("document.getElementById('orders:find').click()");
  }

  /** The table's order rows; none when it says 暂无数据. */
  static List<WebElement> rows(Browser browser) {
    return browser.find("#orders\\:table").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }

  static String cell(WebElement row, String column) {
    return row.findElement(By.cssSelector("td." + column)).getText();
  }

  /** A row's cells as shown, without 详情. */
  static List<String> columns(WebElement row) {
    List<WebElement> cells = row.findElements(By.cssSelector("td"));
    return cells.subList(0, cells.size() - 1).stream().map(WebElement::getText).toList();
  }

  /**
   * Sends the form as the 导出 button does (a full POST with the view state and the button's name)
   * and answers the status, the content type and the body in Base64.
   */
  static Object[] export(Browser browser) {
    Object result =
        browser.script(
            "const form = document.getElementById('orders');"
                + " const data = new FormData(form, document.getElementById('orders:export'));"
                + " return fetch(form.action, {method: 'POST', body: new URLSearchParams(data),"
                + " credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
                + " const bytes = new Uint8Array(b); let s = '';"
                + " for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                + " return [r.status, r.headers.get('Content-Type'), btoa(s)]; }));");
    return ((List<?>) result).toArray();
  }

  static List<List<String>> sheetRows(byte[] xlsx) throws Exception {
    Path kept = Files.createDirectories(Path.of("target", "downloads"));
    Files.write(kept.resolve("charging-orders-" + System.nanoTime() + ".xlsx"), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("充电订单");
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 13; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
