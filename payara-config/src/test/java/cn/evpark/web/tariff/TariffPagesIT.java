package cn.evpark.web.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.SharedPlatform;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The tariff pages (计费管理) in headless Chromium as an operator's administrator: a charging fee
 * standard is created, edited and deleted through its dialog, which shows every rule's message on
 * the way; deleting the standard the operator's station charges by is refused with the station's
 * name; reservation and occupancy rules are added through theirs.
 *
 * <p>Each test works on an operator of its own ({@link #operatorWithAStation}): its administrator,
 * its one station, charging by its standard 临时用户充电费 (the demo standard's name), so the pages show
 * only that test's data on the shared platform.
 */
@ExtendWith(SharedPlatform.class)
class TariffPagesIT {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String PASSWORD = "tariff-pages-1";

  final URL base = SharedPlatform.base();

  /**
   * An operator named by {@code tag} with its administrator {@code tariff-<tag>-admin} (returned)
   * and one station, {@code 费率站<tag>}, charging by its standard 临时用户充电费.
   */
  String operatorWithAStation(String tag) throws Exception {
    Http admin = new Http(base);
    String operator = id(admin.post("api/admin/operators", "{\"name\":\"费率运营商" + tag + "\"}"));
    String username = "tariff-" + tag + "-admin";
    HttpResponse<String> staff =
        admin.post(
            "api/admin/staff",
            ("{\"operatorId\":%s,\"username\":\"%s\",\"displayName\":\"%s\","
                    + "\"role\":\"OPERATOR_ADMIN\",\"password\":\"%s\"}")
                .formatted(operator, username, username, PASSWORD));
    assertThat(staff.statusCode()).as(staff.body()).isEqualTo(201);
    Http own = new Http(base).as(username, PASSWORD);
    String standard =
        id(
            own.post(
                "api/admin/tariff/charging-standards",
                """
                {"name": "临时用户充电费", "segments": [
                  {"rateType": "FLAT", "start": "00:00", "electricity": 0.8, "service": 0.4},
                  {"rateType": "PEAK", "start": "10:00", "electricity": 0.9, "service": 0.5},
                  {"rateType": "SHARP", "start": "17:00", "electricity": 1, "service": 0.8},
                  {"rateType": "VALLEY", "start": "22:00", "electricity": 0.5, "service": 0.3}]}
                """));
    String station =
        id(
            own.post(
                "api/admin/stations",
                ("{\"name\":\"费率站%s\",\"provinceCode\":\"440000\",\"cityCode\":\"440300\","
                        + "\"districtCode\":\"440305\",\"address\":\"科技园1号\",\"latitude\":22.54,"
                        + "\"longitude\":113.95,\"scenario\":\"OFFICE\","
                        + "\"contactPhone\":\"13900001111\"}")
                    .formatted(tag)));
    HttpResponse<String> charging =
        own.put(
            "api/admin/tariff/stations/" + station + "/charging",
            "{\"standardId\": " + standard + "}");
    assertThat(charging.statusCode()).as(charging.body()).isEqualTo(200);
    return username;
  }

  static String id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.field(created.body(), "id");
  }

  @Test
  void chargingFeeStandard_isCreatedEditedAndDeleted_throughThePage_withEveryRulesMessage()
      throws Exception {
    String username = operatorWithAStation("p1");
    try (Browser browser = new Browser(base)) {
      Page page = new Page(browser);
      page.logIn(username);
      browser.open("admin/tariff/charging-fees.xhtml");
      browser.waitFor(WAIT, d -> browser.pageText().contains("临时用户充电费"));

      page.openEditor("list:add");
      page.click("editor:segments:0:removeRow");
      browser.waitFor(WAIT, d -> page.rows() == 0);
      // the operator is chosen already: the staff's own
      page.saveExpecting("请输入计费标准名称", "请至少添加一条收费标准");

      page.type("editor:name", "测试标准");
      page.addRow(0);
      page.type("editor:segments:0:start", "00:00");
      page.saveExpecting("第1行：费率类型只能是尖、峰、平、谷（最多4种费率）", "第1行：请填写电费和服务费");

      page.segment(0, "平", "00:00", "0.8", "0.4");
      page.addRow(1);
      page.segment(1, "峰", "10:15", "-0.9", "0.5");
      page.saveExpecting("第2行：时间必须是整点或半点（充电桩按半小时计费）", "第2行：电费和服务费不能小于0");
      browser.screenshot("tariff-standard-dialog-errors");

      page.segment(1, "峰", "10:00", "0.9000001", "0.5");
      page.saveExpecting("第2行：电费和服务费最多5位小数");

      page.type("editor:segments:1:electricity", "0.9");
      page.addRow(2);
      page.segment(2, "平", "09:00", "0.8", "0.45");
      page.saveExpecting("第3行：开始时间必须晚于上一行", "第3行：相同费率类型的电费和服务费需相同（与第1行不同）");

      page.type("editor:segments:2:start", "24:00");
      page.saveExpecting("第3行：时间必须是闭环，也就是说时间范围必须是00:00-24:00", "第3行：相同费率类型的电费和服务费需相同（与第1行不同）");

      page.segment(2, "尖", "17:00", "1", "0.8");
      page.type("editor:segments:0:start", "01:00");
      page.saveExpecting("第一条时间开始时间必须是00:00");

      page.type("editor:segments:0:start", "00:00");
      page.addRow(3);
      page.segment(3, "谷", "8点", "100", "0.3");
      page.saveExpecting("第4行：时间格式为HH:mm，如08:30", "第4行：电费和服务费不能超过99.99999元/度");

      page.type("editor:segments:3:start", "22:00");
      page.type("editor:segments:3:electricity", "0.5");
      page.save();
      browser.waitFor(WAIT, d -> page.listRow("测试标准").contains("谷, 电费0.5元, 服务费0.3元"));
      assertThat(page.listRow("测试标准"))
          .contains(
              "00:00-10:00 平, 电费0.8元, 服务费0.4元\n10:00-17:00 峰, 电费0.9元, 服务费0.5元\n"
                  + "17:00-22:00 尖, 电费1.0元, 服务费0.8元\n22:00-24:00 谷, 电费0.5元, 服务费0.3元");
      browser.screenshot("tariff-standards-list");

      page.openEditor("list:add");
      page.type("editor:name", "测试标准");
      page.segment(0, "平", "00:00", "1", "0.25");
      page.saveExpecting("已有同名的计费标准");
      page.click("editor:cancel");

      page.openEditor(page.rowButton("测试标准", "edit"));
      browser.waitFor(WAIT, d -> page.rows() == 4);
      page.type("editor:name", "测试");
      for (int i = 0; i < 3; i++) {
        int before = page.rows();
        page.click("editor:segments:1:removeRow");
        browser.waitFor(WAIT, d -> page.rows() == before - 1);
      }
      page.type("editor:segments:0:electricity", "1.0");
      page.type("editor:segments:0:service", "0.25");
      page.save();
      browser.waitFor(WAIT, d -> page.listRow("测试").contains("00:00-24:00, 电费1.0元, 服务费0.25元"));

      page.delete(page.rowButton("临时用户充电费", "delete"));
      browser.waitFor(WAIT, d -> browser.pageText().contains("电站“费率站p1”正在使用该计费标准，不能删除"));
      browser.screenshot("tariff-standard-in-use");

      // 选中对应的计费规则，点击【删除】 (manual 2.1.3): the one in use stays, checked, with the reason
      page.check("临时用户充电费");
      page.check("测试");
      page.delete(browser.find(Page.css("list:deleteSelected")));
      browser.waitFor(WAIT, d -> page.listRow("测试").isEmpty());
      assertThat(browser.pageText()).contains("已删除 1 项", "“临时用户充电费”：电站“费率站p1”正在使用该计费标准，不能删除");
      assertThat(page.listRow("临时用户充电费")).isNotEmpty();
      assertThat(page.checked("临时用户充电费")).isTrue();
      browser.screenshot("tariff-standards-checked-delete");
    }
  }

  @Test
  void reservationAndOccupancyRules_areAddedThroughTheirPages() throws Exception {
    String username = operatorWithAStation("p2");
    try (Browser browser = new Browser(base)) {
      Page page = new Page(browser);
      page.logIn(username);

      browser.open("admin/tariff/reservation-fees.xhtml");
      page.openEditor("list:add");
      page.type("editor:name", "预约规则");
      page.type("editor:dailyLimit", "0");
      page.type("editor:tiers:0:minutes", "60");
      page.type("editor:tiers:0:fee", "5.001");
      page.saveExpecting("同一车主单日预约次数限制须为1到99次", "第1条：预约费用须为0到9999.99元，最多2位小数");
      page.type("editor:dailyLimit", "3");
      page.type("editor:tiers:0:fee", "5");
      page.save();
      browser.waitFor(WAIT, d -> page.listRow("预约规则").contains("60分钟 5.00元"));
      browser.screenshot("tariff-reservation-rules");

      browser.open("admin/tariff/occupancy-fees.xhtml");
      page.openEditor("list:add");
      page.type("editor:name", "超时占位");
      page.type("editor:deposit", "10");
      page.type("editor:withFreeMinutes", "15");
      page.type("editor:withPeriodMinutes", "30");
      page.type("editor:withPeriodFee", "1.5");
      page.type("editor:withoutFreeMinutes", "15");
      page.type("editor:withoutPeriodMinutes", "0");
      page.type("editor:withoutPeriodFee", "1.5");
      page.saveExpecting("无充电订单类占位：超时收费的分钟数须为1到1440");
      browser.screenshot("tariff-occupancy-dialog");
      page.type("editor:withoutPeriodMinutes", "30");
      page.save();
      browser.waitFor(WAIT, d -> page.listRow("超时占位").contains("免费15分钟，之后每30分钟1.50元"));
      browser.screenshot("tariff-occupancy-rules");
      assertThat(page.listRow("超时占位")).contains("预付费", "10.00");

      // 电站 → 设置 → 费率设置 (manual 3.2), of the operator's one station
      browser.open("admin/stations.xhtml");
      page.click("stations:table:0:settings");
      browser.waitFor(
          WAIT, d -> browser.find(Page.css("settingsForm:tabs:standard")).isDisplayed());
      page.click("settingsForm:tabs:free");
      page.waitForText("chargingState", "免费");
      page.choose("settingsForm:tabs:standard", "临时用户充电费");
      page.click("settingsForm:tabs:saveStandard");
      page.waitForText("chargingState", "已配置");
      page.click("settingsForm:tabs:publish");
      browser.waitFor(WAIT, d -> browser.pageText().contains("请先选择预约计费标准并确定，再发布"));
      page.choose("settingsForm:tabs:reservationRule", "预约规则");
      page.click("settingsForm:tabs:saveReservation");
      page.waitForText("reservationState", "未发布");
      page.click("settingsForm:tabs:publish");
      page.waitForText("reservationState", "已发布");
      page.choose("settingsForm:tabs:occupancyRule", "超时占位");
      page.click("settingsForm:tabs:saveOccupancy");
      page.click("settingsForm:tabs:activate");
      page.waitForText("occupancyState", "已生效");
      browser.screenshot("station-tariff-tab");
      browser.click("#settingsDialog .ui-dialog-titlebar-close");
      browser.waitFor(WAIT, d -> !browser.find(Page.css("settingsDialog")).isDisplayed());
      browser.waitFor(
          WAIT, d -> browser.find(Page.css("stations:table")).getText().contains("已配置 启用 启用"));
      browser.screenshot("stations-tariff-columns");
    }
  }

  /** What a person does on a tariff page, by the components' client ids. */
  static final class Page {

    private final Browser browser;

    Page(Browser browser) {
      this.browser = browser;
    }

    static String css(String clientId) {
      return "#" + clientId.replace(":", "\\:");
    }

    void logIn(String username) {
      browser.logIn(username, PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
    }

    /** Clicks the element, again if an ajax update replaced it meanwhile. */
    void click(String clientId) {
      browser.waitFor(
          WAIT,
          d -> {
            d.findElement(By.cssSelector(css(clientId))).click();
            return true;
          });
    }

    void type(String clientId, String text) {
      browser.type(css(clientId), text);
    }

    /** Picks {@code label} in a PrimeFaces select: opens its panel and clicks the item. */
    void choose(String clientId, String label) {
      click(clientId);
      // once the panel has finished appearing (an ajax update may leave the panel of a replaced
      // select behind, hidden: take the shown one)
      WebElement item =
          browser.waitFor(
              WAIT,
              d ->
                  d
                      .findElements(
                          By.cssSelector(
                              "[id='"
                                  + clientId
                                  + "_panel'].ui-connected-overlay-enter-done li[data-label='"
                                  + label
                                  + "']"))
                      .stream()
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null));
      item.click();
      browser.waitFor(WAIT, d -> browser.text(css(clientId + "_label")).equals(label));
    }

    /** Waits for the element of HTML id {@code id} to read {@code text}. */
    void waitForText(String id, String text) {
      browser.waitFor(WAIT, d -> browser.text("#" + id).equals(text));
    }

    void openEditor(String buttonId) {
      click(buttonId);
      browser.waitFor(WAIT, d -> browser.find(css("editorDialog")).isDisplayed());
      browser.waitFor(WAIT, d -> browser.find(css("editor:name")).isDisplayed());
    }

    void openEditor(WebElement button) {
      button.click();
      browser.waitFor(WAIT, d -> browser.find(css("editorDialog")).isDisplayed());
    }

    int rows() {
      return browser
          .find(css("editor:segments"))
          .findElements(By.cssSelector("input[id$=':start']"))
          .size();
    }

    void addRow(int index) {
      click("editor:addRow");
      browser.waitFor(WAIT, d -> rows() > index);
    }

    void segment(int row, String rateType, String start, String electricity, String service) {
      choose("editor:segments:" + row + ":rateType", rateType);
      type("editor:segments:" + row + ":start", start);
      type("editor:segments:" + row + ":electricity", electricity);
      type("editor:segments:" + row + ":service", service);
    }

    void save() {
      click("editor:save");
      browser.waitFor(WAIT, d -> !browser.find(css("editorDialog")).isDisplayed());
    }

    /** Saves and waits for exactly these messages in the dialog. */
    void saveExpecting(String... messages) {
      click("editor:save");
      browser.waitFor(
          WAIT,
          d -> {
            String shown = browser.text(css("editor:editorMessages"));
            return List.of(messages).stream().allMatch(shown::contains);
          });
      assertThat(
              browser
                  .find(css("editor:editorMessages"))
                  .findElements(By.cssSelector(".ui-messages-error-summary")))
          .hasSize(messages.length);
    }

    /** The text of the list's row whose name is {@code name}, or empty. */
    String listRow(String name) {
      return row(name).map(WebElement::getText).orElse("");
    }

    WebElement rowButton(String name, String button) {
      return row(name).orElseThrow().findElement(By.cssSelector("button[id$=':" + button + "']"));
    }

    /** Ticks the checkbox of the row named {@code name}. */
    void check(String name) {
      row(name).orElseThrow().findElement(By.cssSelector("td.tariff-check .ui-chkbox-box")).click();
      browser.waitFor(WAIT, d -> checked(name));
    }

    boolean checked(String name) {
      return "true".equals(row(name).orElseThrow().getAttribute("aria-selected"));
    }

    private Optional<WebElement> row(String name) {
      return browser.find(css("list:table")).findElements(By.cssSelector("tbody tr")).stream()
          .filter(
              row ->
                  !row.findElements(By.cssSelector("td.tariff-name")).isEmpty()
                      && row.findElement(By.cssSelector("td.tariff-name")).getText().equals(name))
          .findFirst();
    }

    void delete(WebElement button) {
      button.click();
      browser.confirm();
    }
  }
}
