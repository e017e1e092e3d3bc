package cn.evpark.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.Fault;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 7 in headless Chromium, as an administrator works: lockout; a station and a pile created in
 * the pages; the pile going online when it connects, restarted (0x92 reaches it), its QR code
 * downloaded and decoded; its bill (sent twice) counted once on the home page; the station's delete
 * explaining why not; a pile imported from the template (批量导入), all or none, and its QR code in the
 * station's ZIP; the English pages.
 */
@ExtendWith(SharedPlatform.class)
@MicroProperties({"ykc.login.max-failures=3"})
class StationsAndPilesIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String STATION = "上海市黄浦区测试大厦充电站";
  static final String PILE = "32010200000099";
  static final String IMPORTED = "32010200000098";
  static final String IMPORTED_YD = "32010200000097";

  final URL base = SharedPlatform.base();

  @Test
  void repeatedWrongPasswords_lockTheAccount_evenForTheRightOne() throws Exception {
    HttpResponse<String> created =
        new Http(base)
            .post(
                "api/admin/staff",
                "{\"operatorId\":1,\"username\":\"locker\",\"displayName\":\"L\","
                    + "\"role\":\"OPERATOR_STAFF\",\"password\":\"right-pass-1\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try (Browser browser = new Browser(base)) {
      for (int i = 1; i <= 2; i++) {
        browser.logIn("locker", "wrong-pass-" + i);
        browser.waitFor(WAIT, d -> d.getPageSource().contains("账号或密码错误"));
      }
      browser.logIn("locker", "wrong-pass-3");
      browser.waitFor(WAIT, d -> d.getPageSource().contains("账号已锁定"));

      browser.logIn("locker", "right-pass-1");

      browser.waitFor(WAIT, d -> d.getPageSource().contains("账号已锁定"));
      assertThat(browser.currentPath()).startsWith("/login.xhtml");
      browser.screenshot("login-locked");
    }
  }

  @Test
  void administrator_addsAStationAndAPile_seesItOnline_restartsIt_andPrintsItsQrCode()
      throws Exception {
    try (Browser browser = new Browser(base);
        Simulator simulator =
            new Simulator(
                SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build())) {
      logInAsAdmin(browser);
      // The platform's figures include what other test classes on the shared platform did.
      Home before = Home.read(browser);

      browser.open("admin/stations.xhtml");
      browser.click("#stations\\:add");
      browser.waitFor(WAIT, d -> browser.find("#stationForm\\:name").isDisplayed());
      browser.pick("stationForm:operator", "演示运营商");
      browser.type("#stationForm\\:name", STATION);
      browser.pick("stationForm:province", "上海市");
      browser.pick("stationForm:city", "市辖区");
      browser.pick("stationForm:district", "黄浦区");
      browser.type("#stationForm\\:address", "延安东路100号");
      browser.type("#stationForm\\:latitude", "31.2304");
      browser.type("#stationForm\\:longitude", "121.4737");
      browser.type("#stationForm\\:phone", "13900001111");
      browser.click("#stationForm\\:save");
      browser.waitFor(WAIT, d -> browser.text("#stations\\:table").contains(STATION));
      assertThat(rowOf(browser, "#stations\\:table", STATION).getText())
          .contains("上海市黄浦区延安东路100号", "0/0", "未开通", "未配置");
      browser.screenshot("stations-list");

      rowOf(browser, "#stations\\:table", STATION)
          .findElement(By.cssSelector("a[id$=':delete']"))
          .click();
      browser.confirm();
      browser.waitFor(WAIT, d -> browser.pageText().contains("电站不可删除，新增成功之后只能编辑修改"));
      browser.screenshot("station-not-deletable");

      browser.open("admin/piles.xhtml");
      browser.click("#piles\\:add");
      browser.waitFor(WAIT, d -> browser.find("#pileForm\\:code").isDisplayed());
      browser.pick("pileForm:station", STATION);
      browser.pick("pileForm:model", "YKC / DC-120kW");
      browser.type("#pileForm\\:code", PILE);
      browser.click("#pileForm\\:save");
      browser.waitFor(WAIT, d -> browser.text("#piles\\:table").contains(PILE));
      assertThat(onlineStateOf(browser)).isEqualTo("离线");
      // The domain's refusal names the pile: the page no longer words it itself.
      restartFromTheMenu(browser);
      browser.waitFor(WAIT, d -> commandsText(browser).contains("重启 充电桩 " + PILE + " 离线，指令未下发"));
      browser.screenshot("pile-restart-offline");

      VirtualPile pile = simulator.addPile(PileCode.of(PILE));
      assertThat(
              pile.connect()
                  .toCompletableFuture()
                  .get(WAIT.toSeconds(), TimeUnit.SECONDS)
                  .accepted())
          .isTrue();
      // Its bill goes while it is logged in: the restart below reboots it, and a frame sent
      // before its next login is dropped.
      TransactionRecord bill = offlineCardSession(PileCode.of(PILE));
      pile.send(bill).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(bill.transactionSerial())
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      var copyAcknowledged = pile.nextReceived(TransactionRecordAck.class);
      pile.send(bill).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      copyAcknowledged.get(WAIT.toSeconds(), TimeUnit.SECONDS);

      browser.waitFor(WAIT, d -> "在线".equals(onlineStateOf(browser)));
      assertThat(rowOf(browser, "#piles\\:table", PILE).getText())
          .contains("1号枪", "2号枪")
          .doesNotContain("1号枪 离线", "2号枪 离线");
      browser.screenshot("piles-list");

      // The page never waits for a pile (issue 13): a command shows as sent at once, here while
      // the pile keeps silent, and its answer when the pile gives it (to the adapter's next try).
      pile.inject(Fault.SILENCE).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      var timeSync = pile.nextReceived(TimeSync.class);
      fromTheMenu(browser, "timeSync");
      timeSync.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      browser.waitFor(
          WAIT, d -> commandsText(browser).contains("同步时间 指令已下发，等待充电桩 " + PILE + " 应答"));
      browser.screenshot("pile-command-sent");
      pile.clear(Fault.SILENCE).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      browser.waitFor(WAIT, d -> commandsText(browser).contains("同步时间 充电桩 " + PILE + " 已同步时间"));
      assertThat(commandsText(browser)).doesNotContain("指令已下发");
      browser.screenshot("pile-command-answered");

      restartFromTheMenu(browser);
      RemoteReboot reboot =
          pile.received(RemoteReboot.class).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(reboot.pileCode().value()).isEqualTo(PILE);
      browser.waitFor(WAIT, d -> commandsText(browser).contains("重启 充电桩 " + PILE + " 已接受重启"));

      rowOf(browser, "#piles\\:table", PILE).findElement(By.cssSelector("a[id$=':qr']")).click();
      browser.waitFor(WAIT, d -> browser.find("#qrForm .qr-download").isDisplayed());
      String href = browser.find("#qrForm .qr-download").getAttribute("href");
      HttpResponse<byte[]> png =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", browser.cookieHeader())
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(png.statusCode()).isEqualTo(200);
      assertThat(decode(png.body()))
          .isEqualTo("https://driver.example.com/charge?pile=" + PILE + "&gun=1");

      Home after = Home.read(browser);
      assertThat(after.stations() - before.stations()).isEqualTo(1);
      assertThat(after.todayEnergy().subtract(before.todayEnergy()))
          .isEqualByComparingTo("12.3456");
      assertThat(after.todayRevenue().subtract(before.todayRevenue()))
          .isEqualByComparingTo("15.68");
      assertThat(after.lastBar().subtract(before.lastBar())).isEqualByComparingTo("15.68");
      // the session, billed by the pile, is an order of the station
      String stationId =
          Json.field(
              new Http(base)
                  .get("api/admin/stations?name=" + URLEncoder.encode(STATION, UTF_8))
                  .body(),
              "id");
      String billed = new Http(base).get("api/admin/charging-orders?station=" + stationId).body();
      assertThat(billed).contains(STATION, "12.3456");
      // the home page lists the newest orders as the orders list has them: on the shared platform
      // other tests' orders (written with ids of their own) may be newer than this one
      String newest = new Http(base).get("api/admin/charging-orders?size=5").body();
      Matcher orderNo = Pattern.compile("\"orderNo\":\"(\\d+)\"").matcher(newest);
      int listed = 0;
      while (orderNo.find()) {
        assertThat(browser.text("#sessions")).contains(orderNo.group(1));
        listed++;
      }
      assertThat(listed).as("the newest orders, this session's among them or newer").isPositive();
      browser.screenshot("home");
    }
  }

  /**
   * A session the pile started from an offline card and bills when it is back: ended a minute ago,
   * 12.3456 kWh at 1.27 yuan, so 15.6750 yuan.
   */
  static TransactionRecord offlineCardSession(PileCode pile) {
    LocalDateTime end =
        LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
            .minusMinutes(1)
            .truncatedTo(ChronoUnit.SECONDS);
    BigDecimal energy = new BigDecimal("12.3456");
    BigDecimal amount = new BigDecimal("15.6750");
    return new TransactionRecord(
        TransactionSerial.of(pile.value() + "01" + "2611250000" + "000077"),
        pile,
        1,
        Cp56Time2a.of(end.minusMinutes(40)),
        Cp56Time2a.of(end),
        TierUsage.NONE,
        TierUsage.NONE,
        new TierUsage(new BigDecimal("1.27"), energy, energy, amount),
        TierUsage.NONE,
        new BigDecimal("100.0000"),
        new BigDecimal("112.3456"),
        energy,
        energy,
        amount,
        "",
        Code.of(TransactionType.OFFLINE_CARD),
        Cp56Time2a.of(end),
        StopReason.MANUAL_STOP,
        PhysicalCardNumber.of("0000000012345678"));
  }

  @Test
  void administrator_importsAPileFromTheTemplate_allOrNone_andItsQrCodeIsInTheStationsZip()
      throws Exception {
    Http api = new Http(base);
    // A station of its own: the demo station's piles are counted by other test classes.
    String station =
        Json.field(
            api.post(
                    "api/admin/stations",
                    ("{\"operatorId\":1,\"name\":\"导入测试站\",\"provinceCode\":\"440000\","
                        + "\"cityCode\":\"440300\",\"districtCode\":\"440305\","
                        + "\"address\":\"科技园2号\",\"latitude\":22.54,\"longitude\":113.95,"
                        + "\"scenario\":\"OFFICE\",\"contactPhone\":\"13900001111\"}"))
                .body(),
            "id");
    // a third-party (YD) model: the import finds a model within the row's 协议
    HttpResponse<String> model =
        api.post(
            "api/admin/device-models",
            "{\"protocol\":\"YD\",\"name\":\"YD-DC-60kW\",\"kind\":\"DC\",\"gunCount\":2,"
                + "\"ratedPowerKw\":60}");
    assertThat(model.statusCode()).as(model.body()).isEqualTo(201);
    Path dir = Files.createDirectories(Path.of("target", "imports"));
    Path workbook = dir.resolve("piles.xlsx");
    try (XSSFWorkbook template =
            new XSSFWorkbook(
                new ByteArrayInputStream(
                    api.getBytes("api/admin/piles/import-template.xlsx").body()));
        OutputStream out = Files.newOutputStream(workbook)) {
      Row example = template.getSheetAt(0).getRow(1);
      example.getCell(0).setCellValue(station);
      example.getCell(3).setCellValue(IMPORTED);
      Row yd = template.getSheetAt(0).createRow(2);
      List<String> cells = List.of(station, "YD", "YD-DC-60kW", IMPORTED_YD, "", "", "", "", "");
      for (int c = 0; c < cells.size(); c++) {
        yd.createCell(c).setCellValue(cells.get(c));
      }
      template.write(out);
    }
    Path notAWorkbook = Files.writeString(dir.resolve("not-a-workbook.xlsx"), "a,b,c");

    try (Browser browser = new Browser(base)) {
      logInAsAdmin(browser);
      browser.open("admin/piles.xhtml");

      upload(browser, workbook);
      browser.waitFor(WAIT, d -> browser.pageText().contains("已导入 2 个充电桩"));
      assertThat(api.get("api/admin/piles/" + IMPORTED).body())
          .contains("\"stationId\":" + station, "\"kind\":\"AC\"", "地下二层18号");
      assertThat(api.get("api/admin/piles/" + IMPORTED_YD).body())
          .contains("\"stationId\":" + station, "\"kind\":\"DC\"", "YD-DC-60kW");

      upload(browser, workbook);
      browser.waitFor(WAIT, d -> browser.pageText().contains("导入失败：2 处错误，未导入任何充电桩"));
      assertThat(browser.text("#importForm\\:errors tbody"))
          .contains("2", "3", "充电桩编码", "充电桩编码已存在");
      browser.screenshot("piles-import-errors");

      upload(browser, notAWorkbook);
      browser.waitFor(WAIT, d -> browser.pageText().contains("文件不是导入模板格式，或没有充电桩数据"));
    }

    List<String> entries = new ArrayList<>();
    String importedContent = null;
    try (ZipInputStream zip =
        new ZipInputStream(
            new ByteArrayInputStream(
                api.getBytes("api/admin/stations/" + station + "/qr-codes.zip").body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.add(entry.getName());
        if (entry.getName().equals(IMPORTED + "-1.png")) {
          importedContent = decode(zip.readAllBytes());
        }
      }
    }
    assertThat(entries)
        .containsExactlyInAnyOrder(
            IMPORTED + "-1.png", IMPORTED_YD + "-1.png", IMPORTED_YD + "-2.png");
    assertThat(importedContent)
        .isEqualTo("https://driver.example.com/charge?pile=" + IMPORTED + "&gun=1");
  }

  @Test
  void englishLocale_translatesTheShellAndThePages() {
    try (Browser browser = new Browser(base)) {
      logInAsAdmin(browser);
      browser.open("admin/stations.xhtml");
      browser.click("#session\\:en");

      browser.waitFor(WAIT, d -> browser.pageText().contains("Station name"));
      assertThat(browser.pageText())
          .contains("Home", "Stations", "Devices", "Charging piles", "AC piles", "Log out")
          .doesNotContain("电站名称", "交流桩");
      browser.screenshot("stations-english");
      browser.click("#session\\:zh");
      browser.waitFor(WAIT, d -> browser.pageText().contains("电站名称"));
    }
  }

  /** The home page's figures: stations, today's kWh and yuan, the last day's bar in yuan. */
  record Home(int stations, BigDecimal todayEnergy, BigDecimal todayRevenue, BigDecimal lastBar) {

    static Home read(Browser browser) {
      browser.open("admin/index.xhtml");
      browser.waitFor(WAIT, d -> browser.find("#gunsOnline").isDisplayed());
      return new Home(
          Integer.parseInt(browser.text("#stations")),
          amount(browser.text("#todayEnergy")),
          amount(browser.text("#todayRevenue")),
          amount(browser.find(".bar:last-child .amount").getText()));
    }

    private static BigDecimal amount(String shown) {
      return new BigDecimal(shown.replace(",", ""));
    }
  }

  private static void logInAsAdmin(Browser browser) {
    browser.logIn("admin", MicroEnvironment.ADMIN_PASSWORD);
    browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
  }

  /**
   * Chooses a file in the 批量导入 dialog and confirms, as the page's form posts it. The dialog is
   * still open when the page came back with the errors of the last file.
   */
  private static void upload(Browser browser, Path file) {
    if (!browser.find("#importForm\\:upload").isDisplayed()) {
      browser.click("#piles\\:import");
    }
    browser.waitFor(WAIT, d -> browser.find("#importForm\\:upload").isDisplayed());
    browser.find("#importForm input[type=file]").sendKeys(file.toAbsolutePath().toString());
    browser.click("#importForm\\:upload");
  }

  private static WebElement rowOf(Browser browser, String table, String text) {
    return browser.find(table).findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow();
  }

  private static String onlineStateOf(Browser browser) {
    return browser.find("#piles\\:table").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains(PILE))
        .findFirst()
        .map(row -> row.findElement(By.cssSelector(".pile-online")).getText())
        .orElse("");
  }

  private static String decode(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }

  /** 更多 → 重启 of the test's pile, confirmed. */
  private static void restartFromTheMenu(Browser browser) {
    fromTheMenu(browser, "restart");
    browser.confirm();
  }

  /**
   * 更多 → the item of the test's pile whose id ends with {@code item}. One script finds the row,
   * opens its menu and clicks the item of that row's own menu: the table's polling may replace the
   * row between separate steps. The menu is closed afterwards, as a click on an item by script
   * leaves it open over the rows below.
   */
  private static void fromTheMenu(Browser browser, String item) {
    browser.waitFor(
        WAIT,
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "var row = Array.from(document.querySelectorAll('#piles\\\\:table tbody tr'))"
                        + ".find(r => r.textContent.includes(arguments[0]));"
                        + " if (!row) { return false; }"
                        + " var button = row.querySelector(\"[id$=':more_button']\");"
                        + " var menu = PrimeFaces.getWidgetById(button.id.replace(/_button$/, ''));"
                        + " menu.show();"
                        + " var link = menu.menu.find(\"[id$=':\" + arguments[1] + \"']\")[0];"
                        + " if (link) { link.click(); }"
                        + " menu.hide();"
                        + " return !!link;",
                    PILE,
                    item)));
  }

  /** The 指令 area of the pile list: one line per command, operation then outcome. */
  private static String commandsText(Browser browser) {
    return browser.text("#piles\\:commands").replaceAll("\\s+", " ");
  }
}
