package cn.evpark.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SettledOrders;
import cn.evpark.it.SharedPlatform;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
 * The 统计分析 / 充电统计 page (manual 六) in headless Chromium: after the statistics job ran over three
 * days of generated orders at two stations, the administrator opens it from the menu, picks the
 * range, sees a line per station and day with the manual's columns, 总计 equal to the API's, and the
 * chart, narrows it to one station, and exports what the table shows.
 *
 * <p>On the shared platform: the stations are an operator's of the test's own, whose administrator
 * reads the page; the platform administrator runs the job.
 */
@ExtendWith(SharedPlatform.class)
class StatisticsPageIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
  static final String HEADERS =
      "[电站名称, 日期, 实收(元), 充电电量(千瓦时), 电费收入总计(元), 服务费收入总计(元), 手续费支出(元), 服务费支出(元)]";

  final URL base = SharedPlatform.base();

  @Test
  void administrator_readsTheStatisticsOfARange_withTotalAndChart_andExportsThem()
      throws Exception {
    Http admin = new Http(base);
    OwnOperator operator = OwnOperator.create(base, "统计运营商", "statistics-admin");
    try (Connection db = MicroEnvironment.settings().connect()) {
      SettledOrders orders = new SettledOrders(db, 5);
      List<Long> stations = new ArrayList<>(List.of(operator.station()));
      stations.addAll(orders.copyStation(operator.station(), 1, "0.60"));
      List<long[]> drivers = List.of(orders.driver(operator.id(), "13911110001"));
      orders.generate(operator.id(), stations, List.of(), drivers, FIRST, 3, 15);
    }
    for (int d = 0; d < 3; d++) {
      HttpResponse<String> started =
          admin.post(
              "api/admin/batch/jobs/daily-station-statistics/executions?date=" + FIRST.plusDays(d));
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      long id = Long.parseLong(Json.field(started.body(), "executionId"));
      Awaitility.await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  Json.field(admin.get("api/admin/batch/executions/" + id).body(), "status")
                      .equals("COMPLETED"));
    }
    String range = "from=" + FIRST + "&to=" + FIRST.plusDays(2);
    String api = operator.staff().get("api/admin/statistics?" + range).body();
    String total = api.substring(api.indexOf("\"total\""));

    try (Browser browser = new Browser(base)) {
      browser.logIn("statistics-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.script("document.querySelector('a[href*=\"/admin/statistics\"]').click()");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/statistics"));
      assertThat(browser.pageText()).contains("统计分析", "充电统计", "导出", "总计");

      date(browser, "from", FIRST.toString());
      date(browser, "to", FIRST.plusDays(2).toString());
      find(browser);
      browser.waitFor(WAIT, d -> rows(browser).size() == 6);
      assertThat(browser.text("#statistics\\:table")).contains("共 6 条");
      List<String> headers =
          browser.find("#statistics\\:table").findElements(By.cssSelector("thead th")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(headers.toString()).isEqualTo(HEADERS);
      assertThat(browser.text("td.total-received")).isEqualTo(Json.field(total, "received"));
      assertThat(browser.text("td.total-energy")).isEqualTo(Json.field(total, "energy"));
      assertThat(browser.text("td.total-platform-commission"))
          .isEqualTo(Json.field(total, "platformCommission"));
      assertThat(browser.find("#statistics\\:chart canvas").isDisplayed()).isTrue();
      assertThat(rows(browser).get(0).getText()).contains(FIRST.plusDays(2).toString());
      List<List<String>> shown = new ArrayList<>();
      for (WebElement row : rows(browser)) {
        shown.add(
            row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList());
      }
      browser.screenshot("statistics");

      byte[] xlsx = export(browser);
      List<List<String>> exported = sheetRows(xlsx);
      assertThat(exported.get(0).toString()).isEqualTo(HEADERS);
      assertThat(exported.subList(1, 7)).isEqualTo(shown);
      assertThat(exported.get(7).get(0)).isEqualTo("总计");
      assertThat(exported.get(7).get(2)).isEqualTo(Json.field(total, "received"));

      browser.pick("statistics:station", operator.stationName());
      find(browser);
      browser.waitFor(WAIT, d -> rows(browser).size() == 3);
      assertThat(browser.text("#statistics\\:table")).contains("共 3 条");
    }
  }

  static void date(Browser browser, String field, String day) {
    browser.script(
        "const input = document.getElementById('statistics:' + arguments[0]);"
            + " input.value = arguments[1]; input.dispatchEvent(new Event('input'));",
        field,
        day);
  }

  static void find(Browser browser) {
    browser.script("document.getElementById('statistics:find').click()");
  }

  static List<WebElement> rows(Browser browser) {
    return browser.find("#statistics\\:table").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }

  static byte[] export(Browser browser) {
    Object result =
        browser.script(
            "const form = document.getElementById('statistics');"
                + " const data = new FormData(form, document.getElementById('statistics:export'));"
                + " return fetch(form.action, {method: 'POST', body: new URLSearchParams(data),"
                + " credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
                + " const bytes = new Uint8Array(b); let s = '';"
                + " for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                + " return [r.status, r.headers.get('Content-Type'), btoa(s)]; }));");
    List<?> answer = (List<?>) result;
    assertThat(answer.get(0)).isEqualTo(200L);
    assertThat((String) answer.get(1)).startsWith("application/vnd.openxmlformats");
    return Base64.getDecoder().decode((String) answer.get(2));
  }

  static List<List<String>> sheetRows(byte[] xlsx) throws Exception {
    Path kept = Files.createDirectories(Path.of("target", "downloads"));
    Files.write(kept.resolve("statistics-" + System.nanoTime() + ".xlsx"), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("充电统计");
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
