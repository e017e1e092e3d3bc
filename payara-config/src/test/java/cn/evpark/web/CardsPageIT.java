package cn.evpark.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 电子卡管理 and 实体卡管理 (manual 7.2–7.3) in headless Chromium, each as an operator administrator of its
 * own ({@link OwnOperator}): issue a card, top it up, be refused deleting it while it holds money,
 * refund it, read its 记录, stop and enable it; check two cards, stop both and delete them, the one
 * with a balance refused; issue an IC card by its chip number, report it lost, and be refused
 * issuing that number again.
 */
@ExtendWith(SharedPlatform.class)
class CardsPageIT {

  static final Duration WAIT = Duration.ofSeconds(30);

  final URL base = SharedPlatform.base();

  @Test
  void eCards_issueTopUpRefuseDeleteWithBalance_refundRecordsAndDelete() throws Exception {
    OwnOperator operator = OwnOperator.create(base, "卡页运营商e1", "cards-page-e1-admin");
    try (Browser browser = new Browser(base)) {
      browser.logIn("cards-page-e1-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.click("#nav\\:menu a[href*='e-cards']");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/e-cards"));
      assertThat(browser.pageText()).contains("用户管理", "电子卡管理", "实体卡管理", "发卡");

      issue(browser, operator.stationName(), "13800000161", null);
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText())
          .contains(operator.stationName(), "启用", "13800000161", "0.00");

      money(browser, "topUp", "30");
      browser.waitFor(WAIT, d -> balance(browser).equals("30.00"));

      browser.click("#cards\\:table\\:0\\:delete");
      browser.confirm();
      browser.waitFor(WAIT, d -> browser.pageText().contains("尚有余额 30.00 元，不能删除"));
      assertThat(rows(browser)).hasSize(1);
      browser.screenshot("e-cards-delete-refused");

      money(browser, "refund", "30");
      browser.waitFor(WAIT, d -> balance(browser).equals("0.00"));

      browser.click("#cards\\:table\\:0\\:records");
      browser.waitFor(WAIT, d -> browser.find("#recordsForm\\:lines").isDisplayed());
      browser.waitFor(WAIT, d -> browser.text("#recordsForm\\:lines").contains("退款"));
      assertThat(browser.text("#recordsForm\\:lines")).contains("充值", "30.00", "-30.00", "现金");
      browser.screenshot("e-cards-records");
      browser.script("PF('recordsDialog').hide()");

      browser.click("#cards\\:table\\:0\\:disable");
      browser.waitFor(WAIT, d -> status(browser).equals("停用"));
      browser.click("#cards\\:table\\:0\\:enable");
      browser.waitFor(WAIT, d -> status(browser).equals("启用"));

      // a second card holding money; both checked: 停用 stops both, 删除 takes the empty one only
      issue(browser, operator.stationName(), "13800000164", null);
      browser.waitFor(WAIT, d -> rows(browser).size() == 2);
      browser.waitFor(WAIT, d -> rows(browser).get(0).getText().contains("13800000164"));
      money(browser, "topUp", "10");
      browser.waitFor(WAIT, d -> balance(browser).equals("10.00"));
      for (int row = 0; row < 2; row++) {
        check(browser, row);
      }
      browser.click("#cards\\:disableChecked");
      browser.waitFor(WAIT, d -> browser.pageText().contains("已停用 2 项"));
      assertThat(rows(browser)).allSatisfy(r -> assertThat(r.getText()).contains("停用"));
      // done, they are no longer checked
      assertThat(rows(browser)).noneMatch(r -> "true".equals(r.getAttribute("aria-selected")));
      for (int row = 0; row < 2; row++) {
        check(browser, row);
      }
      browser.click("#cards\\:deleteChecked");
      browser.confirm();
      browser.waitFor(WAIT, d -> browser.pageText().contains("已删除 1 项"));
      assertThat(browser.pageText()).contains("尚有余额 10.00 元，不能删除");
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText()).contains("13800000164", "10.00");
      assertThat(rows(browser).get(0).getAttribute("aria-selected")).isEqualTo("true");
      browser.screenshot("e-cards-checked-delete");
    }
  }

  @Test
  void icCards_issueByChipNumber_reportLost_andRefuseTheNumberTwice() throws Exception {
    OwnOperator operator = OwnOperator.create(base, "卡页运营商i1", "cards-page-i1-admin");
    try (Browser browser = new Browser(base)) {
      browser.logIn("cards-page-i1-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/ic-cards.xhtml");
      browser.waitFor(WAIT, d -> browser.pageText().contains("实体卡管理"));

      // as a USB reader types it: lower case, leading zeros left out
      issue(browser, operator.stationName(), "13800000162", "d14b0a62");
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText()).contains("D14B0A62", "启用", "13800000162");

      browser.click("#cards\\:table\\:0\\:lost");
      browser.waitFor(WAIT, d -> status(browser).equals("挂失"));
      assertThat(browser.pageText()).contains("已挂失");
      assertThat(rows(browser).get(0).findElements(By.cssSelector("[id$=':enable']"))).isEmpty();
      browser.screenshot("ic-cards-lost");

      issue(browser, operator.stationName(), "13800000163", "00000000D14B0A62");
      browser.waitFor(WAIT, d -> browser.text("#issueForm").contains("卡号 D14B0A62 已发给其他用户"));
      browser.screenshot("ic-cards-number-taken");
      browser.script("PF('issueDialog').hide()");
      assertThat(rows(browser)).hasSize(1);
    }
  }

  /** 发卡 through the dialog; {@code physical} null on the e-card page. */
  static void issue(Browser browser, String station, String phone, String physical) {
    browser.click("#cards\\:issue");
    browser.waitFor(WAIT, d -> browser.find("#issueForm\\:issuePhone").isDisplayed());
    browser.pick("issueForm:issueStation", station);
    browser.type("#issueForm\\:issuePhone", phone);
    if (physical != null) {
      browser.type("#issueForm\\:issuePhysical", physical);
    }
    browser.click("#issueForm\\:confirm");
  }

  /** 充值 or 退款 of the first row through the dialog, with reason 现金. */
  static void money(Browser browser, String link, String amount) {
    browser.click("#cards\\:table\\:0\\:" + link);
    browser.waitFor(WAIT, d -> browser.find("#moneyForm\\:amount").isDisplayed());
    browser.type("#moneyForm\\:amount", amount);
    browser.type("#moneyForm\\:reason", "现金");
    browser.click("#moneyForm\\:confirm");
    browser.waitFor(WAIT, d -> !browser.find("#moneyForm\\:amount").isDisplayed());
  }

  /** Ticks the checkbox of a row of the list. */
  static void check(Browser browser, int row) {
    rows(browser).get(row).findElement(By.cssSelector("td.check .ui-chkbox-box")).click();
    browser.waitFor(WAIT, d -> "true".equals(rows(browser).get(row).getAttribute("aria-selected")));
  }

  static String status(Browser browser) {
    return browser.find("#cards\\:table\\:0\\:status").getText();
  }

  static String balance(Browser browser) {
    return browser.find("#cards\\:table\\:0\\:balance").getText();
  }

  static List<WebElement> rows(Browser browser) {
    return browser.find("#cards\\:table").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }
}
