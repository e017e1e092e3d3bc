package cn.evpark.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 用户管理 and 充电活动 (manual 7.1, 7.4) in headless Chromium: an operator's administrator adds a driver,
 * is refused a bad phone and a bad plate, edits plates, sets a VIP discount and tops the wallet up
 * with a reason (refused without one); read-only staff see the users but no change action. On 充电活动
 * the administrator is refused an incomplete activity, adds one, sees it running and ends it early.
 * Each test on an operator of its own ({@link OwnOperator}).
 */
@ExtendWith(SharedPlatform.class)
class BenefitPagesIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PHONE = "13800000061";

  final URL base = SharedPlatform.base();

  @Test
  void users_addDriver_editPlates_setVip_topUp_andTheRefusals() throws Exception {
    OwnOperator operator = OwnOperator.create(base, "用户页运营商u1", "users-page-u1-admin");
    HttpResponse<String> reader =
        new Http(base)
            .post(
                "api/admin/staff",
                ("{\"operatorId\":%d,\"username\":\"users-page-u1-reader\",\"displayName\":\"r\","
                        + "\"role\":\"OPERATOR_STAFF\",\"password\":\"%s\"}")
                    .formatted(operator.id(), OwnOperator.PASSWORD));
    assertThat(reader.statusCode()).as(reader.body()).isEqualTo(201);

    try (Browser browser = new Browser(base)) {
      browser.logIn("users-page-u1-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.click("a[href$='/admin/users.xhtml']");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/users"));
      assertThat(browser.pageText()).contains("用户管理", "充电活动", "添加用户");

      browser.type("#users\\:phone", "12345");
      browser.click("#users\\:add");
      browser.waitFor(WAIT, d -> browser.pageText().contains("手机号须为 11 位"));

      browser.type("#users\\:phone", PHONE);
      browser.click("#users\\:add");
      browser.waitFor(WAIT, d -> browser.pageText().contains("已添加用户 " + PHONE));
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText()).contains(PHONE, "用户页运营商u1", "0.00", "无");

      action(browser, "编辑车牌");
      browser.waitFor(WAIT, d -> browser.find("#platesForm\\:plates").isDisplayed());
      browser.type("#platesForm\\:plates", "沪A1234");
      browser.click("#platesForm\\:save");
      browser.waitFor(WAIT, d -> browser.text("#platesForm").contains("车牌格式不正确"));
      browser.screenshot("users-plate-refused");
      browser.type("#platesForm\\:plates", "沪A12345 粤B12345D");
      browser.click("#platesForm\\:save");
      browser.waitFor(WAIT, d -> rows(browser).get(0).getText().contains("沪A12345, 粤B12345D"));

      action(browser, "设置 VIP");
      browser.waitFor(WAIT, d -> browser.find("#vipForm\\:electricity_input").isDisplayed());
      browser.find("#vipForm\\:kind").findElements(By.cssSelector("label")).stream()
          .filter(label -> label.getText().equals("折扣"))
          .findFirst()
          .orElseThrow()
          .click();
      number(browser, "vipForm:electricity", "0");
      number(browser, "vipForm:service", "0");
      browser.click("#vipForm\\:save");
      browser.waitFor(WAIT, d -> browser.text("#vipForm").contains("电费优惠和服务费优惠不能都为 0"));
      number(browser, "vipForm:electricity", "20");
      browser.click("#vipForm\\:save");
      browser.waitFor(WAIT, d -> rows(browser).get(0).getText().contains("电费优惠 20%，服务费优惠 0%"));

      action(browser, "充值");
      browser.waitFor(WAIT, d -> browser.find("#topUpForm\\:amount_input").isDisplayed());
      number(browser, "topUpForm:amount", "50");
      browser.click("#topUpForm\\:save");
      browser.waitFor(WAIT, d -> browser.text("#topUpForm").contains("请填写大于 0 的充值金额"));
      browser.type("#topUpForm\\:reason", "现金充值");
      browser.click("#topUpForm\\:save");
      browser.waitFor(WAIT, d -> browser.pageText().contains("已为 " + PHONE + " 充值 50.00 元"));
      browser.waitFor(WAIT, d -> rows(browser).get(0).getText().contains("50.00"));
      browser.screenshot("users");

      action(browser, "详情");
      browser.waitFor(WAIT, d -> browser.find("#detailsForm\\:lines").isDisplayed());
      assertThat(browser.text("#detailsForm\\:lines")).contains("后台充值", "50.00");
      browser.screenshot("users-details");
    }

    try (Browser browser = new Browser(base)) {
      browser.logIn("users-page-u1-reader", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/users.xhtml");
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText()).contains(PHONE, "50.00").doesNotContain("充值");
      assertThat(browser.pageText()).doesNotContain("添加用户");
    }
  }

  @Test
  void activities_refusedIncomplete_added_shownRunning_andEndedEarly() throws Exception {
    OwnOperator operator = OwnOperator.create(base, "活动页运营商c1", "activities-page-c1-admin");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    try (Browser browser = new Browser(base)) {
      browser.logIn("activities-page-c1-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.click("a[href$='/admin/activities.xhtml']");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/activities"));

      browser.click("#activities\\:add");
      browser.waitFor(WAIT, d -> browser.find("#editor\\:name").isDisplayed());
      assertThat(browser.text("#editor"))
          .contains("活动名称", "活动时间", "星期", "按比例", "电费优惠", "服务费优惠", "活动电站");
      browser.click("#editor\\:save");
      browser.waitFor(WAIT, d -> browser.text("#editor").contains("请填写活动名称"));
      assertThat(browser.text("#editor"))
          .contains("请选择开始日期和结束日期", "请至少选择一个活动电站", "优惠比例须在 0 到 100 之间");
      browser.screenshot("activities-refused");

      browser.type("#editor\\:name", "周末八折");
      day(browser, "editor:start", today.toString());
      day(browser, "editor:end", today.plusDays(30).toString());
      number(browser, "editor:electricity", "20");
      number(browser, "editor:service", "10");
      browser.script("PrimeFaces.getWidgetById('editor:stations').checkAll()");
      // the date picker's panel may still cover the button
      browser.script("document.getElementById('editor:save').click()");
      browser.waitFor(WAIT, d -> browser.pageText().contains("已保存活动 周末八折"));
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText())
          .contains("周末八折", "20%", "10%", operator.stationName(), "进行中", "星期一", "星期日");
      browser.screenshot("activities");

      rows(browser).get(0).findElements(By.cssSelector("a")).stream()
          .filter(a -> a.getText().equals("结束"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.confirm();
      browser.waitFor(WAIT, d -> browser.pageText().contains("活动 周末八折 已结束"));
      browser.waitFor(WAIT, d -> rows(browser).get(0).getText().contains("已结束"));
      assertThat(rows(browser).get(0).getText()).doesNotContain("编辑");
    }
  }

  /** Enters a number in a PrimeFaces input number through its widget, as typing would. */
  static void number(Browser browser, String clientId, String value) {
    browser.script(
        "PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1])", clientId, value);
  }

  /** Enters a day (yyyy-MM-dd) in a date picker's field, as typed, without opening its panel. */
  static void day(Browser browser, String clientId, String value) {
    browser.script(
        "document.getElementById(arguments[0] + '_input').value = arguments[1]", clientId, value);
  }

  /** Clicks a row action of the first row by its text. */
  static void action(Browser browser, String text) {
    browser.waitFor(
        WAIT,
        d -> {
          List<WebElement> links =
              rows(browser).get(0).findElements(By.cssSelector("a")).stream()
                  .filter(a -> a.getText().equals(text))
                  .toList();
          if (links.isEmpty()) {
            return false;
          }
          links.get(0).click();
          return true;
        });
  }

  /** The rows of the page's table; none when it says 暂无数据. */
  static List<WebElement> rows(Browser browser) {
    return browser.find("table tbody").findElements(By.cssSelector("tr")).stream()
        .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }
}
