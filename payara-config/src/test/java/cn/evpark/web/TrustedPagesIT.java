package cn.evpark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18 in headless Chromium, each test on an operator of its own ({@link OwnOperator}): an
 * expired session on an ajax and a plain click lands on the login page and comes back; unknown URLs
 * show the platform's error page; a double-clicked create makes one station and a taken name is
 * refused on its field; dialogs say whether they add or edit; invalid values are explained on their
 * field; read-only staff see no change action on any page of the menu; the pile list's refresh
 * keeps an open 更多 menu.
 */
@ExtendWith(SharedPlatform.class)
class TrustedPagesIT {

  static final Duration WAIT = Duration.ofSeconds(30);

  final URL base = SharedPlatform.base();

  @Test
  void expiredSession_ajaxClick_landsOnTheLoginPageWithAMessage_andReturnsToThePage()
      throws Exception {
    OwnOperator own = OwnOperator.create(base, "会话超时运营商", "ux-expiry");
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-expiry");
      browser.open("admin/stations.xhtml");
      browser.waitFor(WAIT, d -> browser.text("#stations\\:table").contains(own.stationName()));

      browser.expireSession();
      browser.click("#stations\\:add"); // a PrimeFaces ajax button

      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/login.xhtml"));
      browser.waitFor(WAIT, d -> browser.pageText().contains("登录已超时"));
      browser.screenshot("session-expired-login");
      logInAgain(browser, "ux-expiry", "/admin/stations.xhtml");
      browser.waitFor(WAIT, d -> browser.text("#stations\\:table").contains(own.stationName()));
    }
  }

  @Test
  void expiredSession_plainClick_landsOnTheLoginPage_andReturnsToThePage() throws Exception {
    OwnOperator own = OwnOperator.create(base, "会话超时二运营商", "ux-expiry2");
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-expiry2");
      browser.open("admin/piles.xhtml?station=" + own.station());
      browser.waitFor(WAIT, d -> browser.find("#piles\\:table").isDisplayed());

      browser.expireSession();
      browser.click("#session\\:en"); // the language switch posts the page without ajax

      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/login.xhtml"));
      assertThat(browser.pageText()).contains("登录已超时");
      logInAgain(browser, "ux-expiry2", "/admin/piles.xhtml");
    }
  }

  @Test
  void expiredSession_keepsWhatADialogWasTyped_andRestoresItOnlyIntoTheSameUnchangedRecord()
      throws Exception {
    OwnOperator own = OwnOperator.create(base, "会话草稿运营商", "ux-draft");
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-draft");
      browser.open("admin/stations.xhtml");
      editStation(browser, own.stationName());
      browser.type("#stationForm\\:address", "科技园2号");
      browser.type("#stationForm\\:phone", "13900002222");
      browser.expireSession();
      browser.click("#stationForm\\:save");
      logInAgain(browser, "ux-draft", "/admin/stations.xhtml");

      browser.waitFor(WAIT, d -> browser.find("#draftNotice").isDisplayed());
      assertThat(browser.text("#draftNotice")).contains("会话过期前在“编辑充电站”中填写的内容已保留");
      browser.screenshot("draft-offered");
      browser.click("#draftNotice .draft-resume");
      browser.waitFor(WAIT, d -> browser.text("#draftNotice").contains("已恢复"));
      assertThat(browser.find("#stationForm\\:address").getAttribute("value")).isEqualTo("科技园2号");
      assertThat(browser.find("#stationForm\\:phone").getAttribute("value"))
          .isEqualTo("13900002222");
      assertThat(browser.find("#stationForm\\:name").getAttribute("value"))
          .isEqualTo(own.stationName());
      browser.screenshot("draft-restored");
      browser.click("#stationForm\\:save");
      browser.waitFor(WAIT, d -> !browser.find("#stationForm\\:name").isDisplayed());
      String saved = own.staff().get("api/admin/stations/" + own.station()).body();
      assertThat(Json.field(saved, "contactPhone")).isEqualTo("13900002222");
      browser.open("admin/stations.xhtml"); // offered once
      browser.waitFor(WAIT, d -> browser.find("#stations\\:table").isDisplayed());
      assertThat(browser.find("#draftNotice").isDisplayed()).isFalse();

      // the record changed while the session was gone: what was typed is not written into it
      editStation(browser, own.stationName());
      browser.type("#stationForm\\:phone", "13900003333");
      browser.expireSession();
      browser.click("#stationForm\\:save");
      HttpResponse<String> changed =
          own.staff()
              .put(
                  "api/admin/stations/" + own.station(),
                  ("{\"name\":\"%s\",\"provinceCode\":\"440000\",\"cityCode\":\"440300\","
                          + "\"districtCode\":\"440305\",\"address\":\"科技园9号\","
                          + "\"latitude\":22.54,\"longitude\":113.95,\"scenario\":\"OFFICE\","
                          + "\"contactPhone\":\"13900002222\"}")
                      .formatted(own.stationName()));
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
      logInAgain(browser, "ux-draft", "/admin/stations.xhtml");
      browser.waitFor(WAIT, d -> browser.find("#draftNotice").isDisplayed());
      browser.click("#draftNotice .draft-resume");
      browser.waitFor(WAIT, d -> browser.text("#draftNotice").contains("该记录已变化"));
      assertThat(browser.find("#stationForm\\:address").getAttribute("value")).isEqualTo("科技园9号");
      assertThat(browser.find("#stationForm\\:phone").getAttribute("value"))
          .isEqualTo("13900002222");

      // a new station, its cascading region selects written back one after the other
      browser.open("admin/stations.xhtml");
      openNewStation(browser);
      fillStation(browser, "会话草稿新站", "31.230416", "121.473701", "13900004444");
      browser.expireSession();
      browser.click("#stationForm\\:save");
      logInAgain(browser, "ux-draft", "/admin/stations.xhtml");
      browser.waitFor(WAIT, d -> browser.find("#draftNotice").isDisplayed());
      assertThat(browser.text("#draftNotice")).contains("“新增充电站”");
      browser.click("#draftNotice .draft-resume");
      browser.waitFor(WAIT, d -> browser.text("#draftNotice").contains("已恢复"));
      assertThat(browser.text("#stationForm\\:district_label")).isEqualTo("黄浦区");
      browser.click("#stationForm\\:save");
      browser.waitFor(WAIT, d -> !browser.find("#stationForm\\:name").isDisplayed());
      assertThat(stationsNamed(own, "会话草稿新站")).isEqualTo(1);
    }
  }

  @Test
  void unknownUrl_andForbiddenPage_showThePlatformsPage_theApiAProblem() throws Exception {
    OwnOperator.create(base, "错误页运营商", "ux-errors");
    try (Browser browser = new Browser(base)) {
      browser.open("no-such-page.xhtml");
      browser.waitFor(WAIT, d -> browser.pageText().contains("页面不存在"));
      assertThat(browser.find("#errorPage").getAttribute("data-kind")).isEqualTo("notFound");
      assertThat(browser.find("link[rel=icon]").getAttribute("href")).endsWith("/favicon.svg");
      browser.screenshot("error-not-found");

      logIn(browser, "ux-errors");
      browser.open("admin/no-such-page.xhtml");
      browser.waitFor(WAIT, d -> browser.pageText().contains("页面不存在"));
      browser.open("admin/jobs.xhtml"); // the platform's own page, not in an operator's menu
      browser.waitFor(WAIT, d -> browser.pageText().contains("无权访问"));
      assertThat(browser.find("#errorPage").getAttribute("data-kind")).isEqualTo("forbidden");
      assertThat(browser.pageText()).doesNotContain("按日期运行");
      browser.open("WEB-INF/web.xml"); // never served
      browser.waitFor(WAIT, d -> browser.find("#errorPage").isDisplayed());
      assertThat(browser.pageText())
          .doesNotContain("HTTP Status", "Payara", "Exception", "<web-app");
      browser.screenshot("error-other");
    }
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> favicon =
        client.send(
            HttpRequest.newBuilder(base.toURI().resolve("favicon.svg")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(favicon.statusCode()).isEqualTo(200);
    assertThat(favicon.body()).startsWith("<svg");
    HttpResponse<String> api =
        new Http(base).as("ux-errors", OwnOperator.PASSWORD).get("api/admin/no-such-resource");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void doubleClickedCreate_makesOneStation_andATakenName_isRefusedOnItsField() throws Exception {
    OwnOperator own = OwnOperator.create(base, "双击运营商", "ux-double");
    String name = "双击测试充电站";
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-double");
      browser.open("admin/stations.xhtml");
      openNewStation(browser);
      fillStation(browser, name, "31.2304", "121.4737", "13900001111");
      // two clicks before the first request is answered
      browser.script("var b = document.getElementById('stationForm:save'); b.click(); b.click();");

      browser.waitFor(WAIT, d -> browser.text("#stations\\:table").contains(name));
      browser.waitFor(WAIT, d -> !browser.find("#stationForm\\:name").isDisplayed());
      assertThat(stationsNamed(own, name)).isEqualTo(1);

      openNewStation(browser);
      fillStation(browser, name, "31.2304", "121.4737", "13900001111");
      browser.click("#stationForm\\:save");

      browser.waitFor(
          WAIT, d -> browser.text("#stationForm\\:nameMessage").contains("该运营商已有名为“" + name));
      assertThat(browser.find("#stationForm\\:name").getAttribute("class"))
          .contains("ui-state-error");
      assertThat(occurrences(browser.pageText(), "该运营商已有名为")).isEqualTo(1);
      browser.screenshot("station-name-taken");
      assertThat(stationsNamed(own, name)).isEqualTo(1);
    }
  }

  @Test
  void dialogs_sayWhetherTheyAddOrEdit() throws Exception {
    OwnOperator own = OwnOperator.create(base, "标题运营商", "ux-titles", "44030512870001");
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-titles");
      browser.open("admin/stations.xhtml");
      openNewStation(browser);
      assertThat(browser.text("#stationDialog .ui-dialog-title")).isEqualTo("新增充电站");
      browser.click("#stationForm\\:cancel");
      browser.waitFor(WAIT, d -> !browser.find("#stationForm\\:name").isDisplayed());
      editStation(browser, own.stationName());
      assertThat(browser.text("#stationDialog .ui-dialog-title")).isEqualTo("编辑充电站");
      assertThat(browser.find("#stationForm\\:name").getAttribute("value"))
          .isEqualTo(own.stationName());
      browser.screenshot("station-edit-title");

      browser.open("admin/piles.xhtml?station=" + own.station());
      browser.click("#piles\\:add");
      browser.waitFor(WAIT, d -> browser.find("#pileForm\\:code").isDisplayed());
      assertThat(browser.text("#pileDialog .ui-dialog-title")).isEqualTo("添加充电桩");
      browser.script("PF('pileDialog').hide()");
      browser.waitFor(WAIT, d -> !browser.find("#pileForm\\:code").isDisplayed());
      rowOf(browser, "#piles\\:table", "44030512870001")
          .findElement(By.cssSelector("a[id$=':edit']"))
          .click();
      browser.waitFor(WAIT, d -> browser.find("#pileForm\\:code").isDisplayed());
      assertThat(browser.text("#pileDialog .ui-dialog-title")).isEqualTo("编辑充电桩");
    }
  }

  @Test
  void coordinatePicker_showsThePointClicked_andTakesItIntoTheForm() throws Exception {
    OwnOperator own = OwnOperator.create(base, "经纬度运营商", "ux-map");
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-map");
      browser.open("admin/stations.xhtml");
      editStation(browser, own.stationName());
      browser.click("#stationForm\\:pickCoordinates");
      browser.waitFor(WAIT, d -> browser.find("#coordinateMap").isDisplayed());
      // the map opens on the station's value, shown before anything is taken
      browser.waitFor(
          WAIT, d -> browser.text("#coordinateValue").equals("纬度 22.540000，经度 113.950000"));

      browser.clickAt("#coordinateMap", 100, 0); // east of the station, at zoom 16 about 0.002°
      browser.waitFor(WAIT, d -> !browser.text("#coordinateValue").endsWith("113.950000"));
      String shown = browser.text("#coordinateValue");
      browser.screenshot("station-coordinate-picker");
      String latitude = shown.replaceAll("^纬度 ([0-9.]+)，.*$", "$1");
      String longitude = shown.replaceAll("^.*经度 ([0-9.]+)$", "$1");
      assertThat(Double.parseDouble(latitude)).isCloseTo(22.54, within(0.0001));
      assertThat(Double.parseDouble(longitude)).isBetween(113.951, 113.953);
      browser.click("#coordinateTake");
      browser.waitFor(WAIT, d -> !browser.find("#coordinateMap").isDisplayed());
      assertThat(browser.find("#stationForm\\:latitude").getAttribute("value")).isEqualTo(latitude);
      assertThat(browser.find("#stationForm\\:longitude").getAttribute("value"))
          .isEqualTo(longitude);

      browser.click("#stationForm\\:save");
      browser.waitFor(WAIT, d -> !browser.find("#stationForm\\:name").isDisplayed());
      String saved = own.staff().get("api/admin/stations/" + own.station()).body();
      assertThat(new java.math.BigDecimal(Json.field(saved, "longitude")))
          .isEqualByComparingTo(longitude);

      // a point outside China is shown with the rule and cannot be taken
      editStation(browser, own.stationName());
      browser.type("#stationForm\\:latitude", "3.5");
      browser.type("#stationForm\\:longitude", "73.4");
      browser.click("#stationForm\\:pickCoordinates");
      browser.waitFor(WAIT, d -> browser.find("#coordinateMap").isDisplayed());
      browser.clickAt("#coordinateMap", -100, 100); // south-west of the range's corner
      browser.waitFor(WAIT, d -> browser.find("#coordinateRule").isDisplayed());
      assertThat(browser.text("#coordinateRule")).contains("纬度 3.5 至 53.6");
      assertThat(browser.find("#coordinateTake").isEnabled()).isFalse();
    }
  }

  @Test
  void invalidStationValues_areExplainedOnTheirFields_once() throws Exception {
    OwnOperator.create(base, "字段运营商", "ux-fields");
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-fields");
      browser.open("admin/stations.xhtml");
      openNewStation(browser);
      fillStation(browser, "字段测试充电站", "91", "121.4737", "021-1234");
      browser.click("#stationForm\\:save");

      browser.waitFor(
          WAIT, d -> browser.text("#stationForm\\:latitudeMessage").contains("3.5 至 53.6"));
      assertThat(browser.text("#stationForm\\:phoneMessage")).contains("11 位手机号");
      assertThat(browser.text("#stationForm\\:longitudeMessage")).isEmpty();
      assertThat(occurrences(browser.pageText(), "3.5 至 53.6")).isEqualTo(1);
      assertThat(browser.pageText()).doesNotContain("格式不正确");
      browser.screenshot("station-field-messages");

      browser.open("admin/piles.xhtml");
      browser.click("#piles\\:add");
      browser.waitFor(WAIT, d -> browser.find("#pileForm\\:code").isDisplayed());
      browser.pick("pileForm:station", "字段运营商站");
      browser.pick("pileForm:model", "YKC / AC-7kW");
      browser.type("#pileForm\\:code", "3201");
      browser.type("#pileForm\\:amount", "5000");
      browser.click("#pileForm\\:save");

      browser.waitFor(WAIT, d -> browser.text("#pileForm\\:codeMessage").contains("14 位数字"));
      assertThat(browser.text("#pileForm\\:amountMessage")).contains("0 至 1000 元");
      assertThat(occurrences(browser.pageText(), "14 位数字")).isEqualTo(1);
      browser.screenshot("pile-field-messages");
    }
  }

  @Test
  void readOnlyStaff_seeNoChangeActions_onAnyPage() throws Exception {
    OwnOperator own = OwnOperator.create(base, "只读运营商", "ux-reader-admin", "44030512870002");
    HttpResponse<String> created =
        new Http(base)
            .post(
                "api/admin/staff",
                ("{\"operatorId\":%d,\"username\":\"ux-reader\",\"displayName\":\"R\","
                        + "\"role\":\"OPERATOR_STAFF\",\"password\":\"%s\"}")
                    .formatted(own.id(), OwnOperator.PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-reader");
      Set<String> pages = new LinkedHashSet<>();
      for (WebElement link : browser.find(".sidebar").findElements(By.cssSelector("a[href]"))) {
        pages.add(URI.create(link.getAttribute("href")).getPath());
      }
      pages.add(URI.create(browser.find("#session\\:password").getAttribute("href")).getPath());
      assertThat(pages).hasSizeGreaterThanOrEqualTo(9);

      List<String> seen = new ArrayList<>();
      for (String page : pages) {
        browser.open(page.substring(1));
        browser.waitFor(WAIT, d -> browser.find(".page-title").isDisplayed());
        for (WebElement action :
            browser.find(".content").findElements(By.cssSelector("a, button, .ui-menubutton"))) {
          if (action.isDisplayed() && CHANGES.contains(action.getText().strip())) {
            seen.add(page + ": " + action.getText().strip());
          }
        }
        browser.screenshot("read-only" + page.replace('/', '-').replace(".xhtml", ""));
      }
      assertThat(seen).as("change actions shown to read-only staff").isEmpty();
    }
    // and the service refuses regardless
    HttpResponse<String> refused =
        new Http(base)
            .as("ux-reader", OwnOperator.PASSWORD)
            .put(
                "api/admin/stations/" + own.station(),
                ("{\"name\":\"改名\",\"provinceCode\":\"440000\",\"cityCode\":\"440300\","
                    + "\"districtCode\":\"440305\",\"address\":\"科技园1号\",\"latitude\":22.54,"
                    + "\"longitude\":113.95,\"scenario\":\"OFFICE\","
                    + "\"contactPhone\":\"13900001111\"}"));
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void pileList_refreshesLiveValues_withoutClosingAnOpenMoreMenu() throws Exception {
    OwnOperator own = OwnOperator.create(base, "刷新运营商", "ux-live", "44030512870003");
    try (Browser browser = new Browser(base);
        Simulator simulator =
            new Simulator(
                SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build())) {
      logIn(browser, "ux-live");
      browser.open("admin/piles.xhtml?station=" + own.station());
      WebElement row = rowOf(browser, "#piles\\:table", "44030512870003");
      assertThat(row.findElement(By.cssSelector(".pile-online")).getText()).isEqualTo("离线");
      row.findElement(By.cssSelector(".ui-menubutton button")).click();
      String menuId =
          row.findElement(By.cssSelector(".ui-menubutton")).getAttribute("id") + "_menu";
      browser.waitFor(WAIT, d -> browser.find("[id='" + menuId + "']").isDisplayed());

      simulator
          .addPile(PileCode.of("44030512870003"))
          .connect()
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);

      // the page's poll brings the new state while the menu stays open on its row
      browser.waitFor(
          WAIT,
          d ->
              "在线"
                  .equals(
                      rowOf(browser, "#piles\\:table", "44030512870003")
                          .findElement(By.cssSelector(".pile-online"))
                          .getText()));
      assertThat(browser.find("[id='" + menuId + "']").isDisplayed()).isTrue();
      assertThat(row.isDisplayed()).as("the row element was not re-rendered").isTrue();
      browser.screenshot("piles-live-menu-open");
    }
  }

  @Test
  void stationList_showsFree_theManualsPager_andKeepsItsActionsInView_inEnglishAt1600()
      throws Exception {
    OwnOperator own = OwnOperator.create(base, "免费运营商", "ux-free");
    HttpResponse<String> free =
        own.staff()
            .put("api/admin/tariff/stations/" + own.station() + "/charging", "{\"free\":true}");
    assertThat(free.statusCode()).as(free.body()).isEqualTo(200);
    try (Browser browser = new Browser(base)) {
      logIn(browser, "ux-free");
      browser.open("admin/stations.xhtml");
      WebElement row = rowOf(browser, "#stations\\:table", own.stationName());
      assertThat(row.findElement(By.cssSelector(".charging-fee")).getText()).isEqualTo("免费");
      String pager = browser.text("#stations\\:table .ui-paginator");
      assertThat(pager).contains("共 1 条", "前往", "页");
      assertThat(browser.find("#stations\\:table .ui-paginator-rpp-options").getText())
          .contains("10条/页", "50条/页");
      browser.screenshot("stations-free-pager");

      browser.resize(1600, 900);
      browser.open("admin/stations.xhtml");
      browser.click("#session\\:en");
      browser.waitFor(WAIT, d -> browser.pageText().contains("Stations"));
      WebElement delete =
          rowOf(browser, "#stations\\:table", own.stationName())
              .findElement(By.cssSelector("a[id$=':delete']"));
      WebElement wrapper = browser.find("#stations\\:table .ui-datatable-tablewrapper");
      Number deleteRight =
          (Number) browser.script("return arguments[0].getBoundingClientRect().right;", delete);
      Number wrapperRight =
          (Number) browser.script("return arguments[0].getBoundingClientRect().right;", wrapper);
      assertThat(deleteRight.doubleValue()).isLessThanOrEqualTo(wrapperRight.doubleValue());
      assertThat(delete.isDisplayed()).isTrue();
      browser.screenshot("stations-english-1600");
    }
    try (Browser admin = new Browser(base)) {
      admin.logIn("admin", MicroEnvironment.ADMIN_PASSWORD);
      admin.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      admin.open("admin/device-models.xhtml");
      assertThat(
              admin.find("[id='models:protocol_input']").findElements(By.tagName("option")).stream()
                  .map(o -> o.getAttribute("textContent").strip())
                  .toList())
          .contains("YKC", "YD");
    }
  }

  /** The labels of actions that change something, on every page (the manual's words). */
  static final Set<String> CHANGES =
      Set.of(
          "新增", "编辑", "删除", "平台配置", "设置", "全电账号", "批量导入", "更多", "重新下发", "全部重新下发", "异常结算", "新增运营商",
          "重置密码", "启用", "禁用", "停用", "按日期运行");

  private void logIn(Browser browser, String username) {
    browser.logIn(username, OwnOperator.PASSWORD);
    browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
  }

  private static void editStation(Browser browser, String stationName) {
    rowOf(browser, "#stations\\:table", stationName)
        .findElement(By.cssSelector("a[id$=':edit']"))
        .click();
    browser.waitFor(WAIT, d -> browser.find("#stationForm\\:name").isDisplayed());
  }

  /** The login page an expired session led to, and back on {@code page}. */
  private static void logInAgain(Browser browser, String username, String page) {
    browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/login.xhtml"));
    browser.type("#login\\:username", username);
    browser.type("#login\\:password input, input#login\\:password", OwnOperator.PASSWORD);
    browser.click("#login\\:submit");
    browser.waitFor(WAIT, d -> browser.currentPath().startsWith(page));
  }

  private static void openNewStation(Browser browser) {
    browser.click("#stations\\:add");
    browser.waitFor(WAIT, d -> browser.find("#stationForm\\:name").isDisplayed());
  }

  private static void fillStation(
      Browser browser, String name, String latitude, String longitude, String phone) {
    browser.type("#stationForm\\:name", name);
    browser.pick("stationForm:province", "上海市");
    browser.pick("stationForm:city", "市辖区");
    browser.pick("stationForm:district", "黄浦区");
    browser.type("#stationForm\\:address", "延安东路100号");
    browser.type("#stationForm\\:latitude", latitude);
    browser.type("#stationForm\\:longitude", longitude);
    browser.type("#stationForm\\:phone", phone);
  }

  private long stationsNamed(OwnOperator own, String name) throws Exception {
    String page =
        own.staff()
            .get("api/admin/stations?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
            .body();
    return Long.parseLong(Json.field(page, "total"));
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static WebElement rowOf(Browser browser, String table, String text) {
    return browser.find(table).findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow();
  }
}
