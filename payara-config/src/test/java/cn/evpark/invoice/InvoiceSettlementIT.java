package cn.evpark.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.IdSequence;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The nightly jobs of issue 17 on Payara Micro and MariaDB: drivers ask for invoices (money.md §8),
 * invoice-settlement batches them per station and hands them to a local tax platform stub, run
 * again it invoices nothing twice, also when the platform took a batch whose answer was lost (what
 * a run killed between sending and recording leaves); ledger-check reports a deliberately broken
 * ledger (money.md §2) and fixes nothing; and the administrator drives both from the 批处理任务 page.
 *
 * <p>The settled orders are written with SQL: settlement has its own tests (ChargingOrdersIT); here
 * only their state, payment status and total matter.
 *
 * <p>On the shared platform: the orders are at an operator's station of the test's own, and the
 * ledger the test breaks is mended when it has been checked.
 */
@ExtendWith(SharedPlatform.class)
@MicroProperties("ykc.tax-platform.base-url=http://127.0.0.1:" + InvoiceSettlementIT.STUB_PORT)
class InvoiceSettlementIT {

  /** Where the stub tax platform listens: fixed, as the Micro's configuration is set first. */
  static final int STUB_PORT = 18471;

  static final Duration WAIT = Duration.ofSeconds(60);
  static final String DATE = "2026-11-29";
  static final String DRIVER = "13800000741";
  static final String OTHER_DRIVER = "13800000742";
  static final String COMPANY_TAX_NUMBER = "91310115MA1K4ABC05";

  static HttpServer stub;

  /** What the stub platform took: the body of each batch number. */
  static final Map<String, String> batches = new ConcurrentHashMap<>();

  /** How many batches the stub platform took each order in. */
  static final Map<String, Integer> invoicedOrders = new ConcurrentHashMap<>();

  /** When set, the stub takes the next batch but answers 503, as if its answer were lost. */
  static final AtomicBoolean loseNextAnswer = new AtomicBoolean();

  final URL base = SharedPlatform.base();

  @BeforeAll
  static void stubTaxPlatform() throws IOException {
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", STUB_PORT), 0);
    stub.createContext(
        "/invoice-batches",
        exchange -> {
          if ("POST".equals(exchange.getRequestMethod())) {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String batchNo = first(body, "\"batchNo\":\"(IB\\d+)\"");
            if (batches.putIfAbsent(batchNo, body) == null) {
              Matcher orders = Pattern.compile("\"orderNos\":\\[([^\\]]*)\\]").matcher(body);
              while (orders.find()) {
                for (String no : orders.group(1).replace("\"", "").split(",")) {
                  invoicedOrders.merge(no, 1, Integer::sum);
                }
              }
            }
            answer(exchange, loseNextAnswer.getAndSet(false) ? 503 : 202, "{}");
            return;
          }
          String batchNo = exchange.getRequestURI().getPath().replaceAll(".*/", "");
          String body = batches.get(batchNo);
          if (body == null) {
            answer(exchange, 404, "{\"message\":\"no batch\"}");
            return;
          }
          StringBuilder invoices = new StringBuilder();
          Matcher no = Pattern.compile("\"invoiceNo\":\"IV(\\d+)\"").matcher(body);
          while (no.find()) {
            invoices.append(invoices.length() == 0 ? "" : ",");
            invoices.append(
                "{\"invoiceNo\":\"IV"
                    + no.group(1)
                    + "\",\"number\":\"2431000000000"
                    + String.format("%07d", Long.parseLong(no.group(1)))
                    + "\"}");
          }
          answer(exchange, 200, "{\"state\":\"ISSUED\",\"invoices\":[" + invoices + "]}");
        });
    stub.start();
  }

  @AfterAll
  static void stopStub() {
    if (stub != null) {
      stub.stop(0);
    }
  }

  @Test
  void requests_settlement_sendsEachOrderOnce_evenRunAgainAfterALostAnswer() throws Exception {
    Http driver = new Http(base).asDriver(DriverLogin.token(base, DRIVER));
    Http other = new Http(base).asDriver(DriverLogin.token(base, OTHER_DRIVER));
    long driverId = driverId(DRIVER);
    OwnOperator own = OwnOperator.create(base, "发票运营商", "invoice-admin");
    long stationId = own.station();
    String paid1 = order(driverId, stationId, "SETTLED", "PAID", "12.30");
    String paid2 = order(driverId, stationId, "SETTLED", "PAID", "7.70");
    String partly = order(driverId, stationId, "SETTLED", "PARTLY_PAID", "5.00");
    String charging = order(driverId, stationId, "CHARGING", null, null);
    String later = order(driverId, stationId, "SETTLED", "PAID", "3.00");
    String othersOrder = order(driverId(OTHER_DRIVER), stationId, "SETTLED", "PAID", "9.00");
    long operatorId = own.id();

    HttpResponse<String> closed = ask(driver, operatorId, "PERSONAL", "", paid1);
    assertThat(closed.statusCode()).isEqualTo(422);
    assertThat(closed.body()).contains("invoice.order.stationClosed");

    openInvoicing(stationId);
    HttpResponse<String> made =
        ask(driver, operatorId, "COMPANY", COMPANY_TAX_NUMBER, paid1, paid2);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(made.body()).contains("\"amount\":20.00", "\"state\":\"PENDING\"");

    assertThat(ask(driver, operatorId, "PERSONAL", "", paid1).body())
        .contains("invoice.order.requested");
    assertThat(ask(driver, operatorId, "PERSONAL", "", partly).body())
        .contains("invoice.order.notPaid");
    assertThat(ask(driver, operatorId, "PERSONAL", "", charging).body())
        .contains("invoice.order.notSettled");
    assertThat(ask(driver, operatorId, "PERSONAL", "", othersOrder).statusCode()).isEqualTo(404);
    assertThat(ask(driver, operatorId + 1000, "PERSONAL", "", later).body())
        .contains("invoice.order.operator");
    assertThat(ask(driver, operatorId, "COMPANY", "91310115MA1K4ABC06", later).body())
        .contains("invoice.buyer.taxNumber");
    assertThat(other.get("api/driver/invoices").body()).isEqualTo("[]");

    // The platform takes the batch but its answer is lost: the batch stays PENDING here.
    loseNextAnswer.set(true);
    assertThat(runFor("invoice-settlement")).isEqualTo("COMPLETED");
    assertThat(batches).hasSize(1);
    String staffList = own.staff().get("api/admin/invoice-batches").body();
    assertThat(Json.field(staffList, "state")).isEqualTo("PENDING");
    assertThat(driver.get("api/driver/invoices").body()).contains("\"state\":\"PENDING\"", "IB");

    // Run again as a new instance: the same batch number is sent again, taken once, and issued.
    assertThat(runFor("invoice-settlement")).isEqualTo("COMPLETED");
    assertThat(batches).hasSize(1);
    assertThat(Json.field(own.staff().get("api/admin/invoice-batches").body(), "state"))
        .isEqualTo("ISSUED");
    String mine = driver.get("api/driver/invoices").body();
    assertThat(mine).contains("\"state\":\"ISSUED\"", "\"invoiceNumber\":\"2431000000000");

    // A later request goes into a batch of its own; nothing before is sent again.
    assertThat(ask(driver, operatorId, "PERSONAL", "", later).statusCode()).isEqualTo(201);
    assertThat(runFor("invoice-settlement")).isEqualTo("COMPLETED");
    assertThat(runFor("invoice-settlement")).isEqualTo("COMPLETED");
    assertThat(batches).hasSize(2);
    assertThat(invoicedOrders)
        .containsOnlyKeys(paid1, paid2, later)
        .allSatisfy((no, times) -> assertThat(times).as(no).isEqualTo(1));
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM invoice_line l JOIN charging_order o ON o.id = l.order_id"
                      + " WHERE o.operator_id = "
                      + operatorId))
          .isEqualTo(3);
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM invoice_batch WHERE state = 'ISSUED' AND operator_id = "
                      + operatorId))
          .isEqualTo(2);
      long invoice = Ledgers.single(query, "SELECT MIN(id) FROM invoice");
      // the line's key is the order: a second line for an invoiced order cannot exist
      assertThatThrownBy(
              () ->
                  query.executeUpdate(
                      "INSERT INTO invoice_line (order_id, invoice_id, amount) VALUES ("
                          + idOf(paid1)
                          + ", "
                          + invoice
                          + ", 12.30)"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void ledgerCheck_reportsABrokenBalanceAndAnUnbalancedTransaction_andFixesNothing()
      throws Exception {
    assertThat(runFor("ledger-check")).isEqualTo("COMPLETED");
    assertThat(new Http(base).get("api/admin/batch/ledger-differences").body()).isEqualTo("[]");

    long account;
    long transaction;
    long entry;
    BigDecimal broken;
    try (Connection db = MicroEnvironment.settings().connect();
        Statement sql = db.createStatement()) {
      account = Ledgers.single(sql, "SELECT MIN(id) FROM ledger_account WHERE kind = 'WALLET'");
      long operator =
          Ledgers.single(sql, "SELECT operator_id FROM ledger_account WHERE id = " + account);
      transaction = IdSequence.next(db, "ledger_transaction");
      entry = IdSequence.next(db, "ledger_entry");
      sql.executeUpdate("UPDATE ledger_account SET balance = balance + 0.01 WHERE id = " + account);
      sql.executeUpdate(
          "INSERT INTO ledger_transaction (id, idempotency_key, kind, operator_id, posted_at)"
              + " VALUES ("
              + transaction
              + ", 'it-broken', 'STAFF_TOP_UP', "
              + operator
              + ", NOW())");
      sql.executeUpdate(
          "INSERT INTO ledger_entry (id, transaction_id, account_id, amount, balance_after)"
              + " VALUES ("
              + entry
              + ", "
              + transaction
              + ", "
              + account
              + ", 1.00, 0)");
      broken = balance(db, account);
    }
    try {
      brokenLedger_isReported(account, transaction, broken);
    } finally {
      try (Connection db = MicroEnvironment.settings().connect();
          Statement sql = db.createStatement()) {
        sql.executeUpdate("DELETE FROM ledger_entry WHERE id = " + entry);
        sql.executeUpdate("DELETE FROM ledger_transaction WHERE id = " + transaction);
        sql.executeUpdate(
            "UPDATE ledger_account SET balance = balance - 0.01 WHERE id = " + account);
      }
    }
    assertThat(Ledgers.balancesMatchEntries()).as("mended").isTrue();
  }

  private void brokenLedger_isReported(long account, long transaction, BigDecimal broken)
      throws Exception {
    assertThat(runFor("ledger-check")).isEqualTo("COMPLETED");

    String found = new Http(base).get("api/admin/batch/ledger-differences").body();
    // fields in any order: one difference per object; the nightly run of the shared platform
    // checks its own date, and finds the broken ledger too if it runs in the meantime
    assertThat(found.split("\\},\\{"))
        .filteredOn(d -> d.contains("\"checkDate\":\"" + DATE + "\""))
        .hasSize(2)
        .anySatisfy(
            d ->
                assertThat(d)
                    .contains("ACCOUNT_BALANCE")
                    .containsPattern("\"subjectId\":" + account + "\\b"))
        .anySatisfy(
            d -> assertThat(d).contains("TRANSACTION_SUM", "\"subjectId\":" + transaction, "1.00"));
    try (Connection db = MicroEnvironment.settings().connect()) {
      assertThat(balance(db, account)).as("never fixed").isEqualByComparingTo(broken);
    }
    assertThat(Ledgers.balancesMatchEntries()).isFalse();
  }

  /**
   * The page as the administrator uses it. The differences table shows what checks found: a
   * difference of a day long past is written for it (a check of another date leaves it alone).
   */
  @Test
  void jobPage_showsExecutionsStepsAndDifferences_runsADate_andRunsAgain() throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO ledger_difference (check_date, kind, subject_id, operator_id, expected,"
              + " actual, found_at) VALUES ('2026-01-15', 'TRANSACTION_SUM', 999999001, 1, 0.00,"
              + " 0.50, NOW())");
    }
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", MicroEnvironment.ADMIN_PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.click("#nav\\:menu a[href*='/admin/jobs']");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/jobs"));
      assertThat(browser.pageText())
          .contains("系统管理", "批处理任务", "按日期运行", "电子发票结算", "账务核对差异", "交易分录合计不为零", "999999001");

      // 按日期运行 for the date the page proposes: yesterday's business day
      String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
      assertThat(browser.find("#jobs\\:date_input").getAttribute("value")).isEqualTo(yesterday);
      browser.pick("jobs:job", "账务核对");
      browser.waitFor(WAIT, d -> browser.text("#jobs\\:job_label").equals("账务核对"));
      long before = newest(browser);
      browser.click("#jobs\\:run");
      browser.waitFor(WAIT, d -> browser.pageText().contains("任务已启动"));
      browser.waitFor(WAIT, d -> showsAfter(browser, before));
      assertThat(browser.text("#jobs\\:executions tbody > tr[data-ri='0']"))
          .contains("账务核对", yesterday, "已完成");

      browser.click("#jobs\\:executions\\:0\\:restart");
      long run = newest(browser);
      browser.waitFor(WAIT, d -> browser.pageText().contains("重新运行，执行编号"));
      browser.waitFor(WAIT, d -> showsAfter(browser, run));
      browser.click("#jobs\\:executions tbody > tr[data-ri='0'] .ui-row-toggler");
      browser.waitFor(WAIT, d -> browser.pageText().contains("transactions"));
      assertThat(browser.pageText()).contains("clear", "accounts", "读取", "写入", "过滤");
      browser.screenshot("job-page");
    } finally {
      try (Connection db = MicroEnvironment.settings().connect();
          Statement sql = db.createStatement()) {
        sql.executeUpdate("DELETE FROM ledger_difference WHERE subject_id = 999999001");
      }
    }
  }

  /**
   * Whether the table's first row is an execution newer than {@code execution}, and none it shows
   * is running, with no update under way (the 刷新 button is disabled while one is); if not, asks for
   * a fresh table. (Other test classes on the shared platform run jobs too: the table's length says
   * nothing.)
   */
  static boolean showsAfter(Browser browser, long execution) {
    if (!browser.find("#jobs\\:refresh").isEnabled()) {
      return false;
    }
    if (newest(browser) > execution && finished(browser)) {
      return true;
    }
    browser.click("#jobs\\:refresh");
    return false;
  }

  /** Whether no execution the table shows is starting or running. */
  static boolean finished(Browser browser) {
    String table = browser.text("#jobs\\:executions");
    return !table.contains("运行中") && !table.contains("启动中");
  }

  /** The 执行编号 of the table's first row, newest first; 0 for an empty table. */
  static long newest(Browser browser) {
    return browser
        .find("#jobs\\:executions")
        .findElements(By.cssSelector("tbody > tr[data-ri='0'] > td:nth-child(2)"))
        .stream()
        .map(cell -> Long.parseLong(cell.getText().trim()))
        .findFirst()
        .orElse(0L);
  }

  /** Runs a job for {@link #DATE} through the admin API and returns its final status. */
  String runFor(String job) throws Exception {
    Http admin = new Http(base);
    HttpResponse<String> started =
        admin.post("api/admin/batch/jobs/" + job + "/executions?date=" + DATE);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String id = Json.field(started.body(), "executionId");
    return Awaitility.await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> Json.field(admin.get("api/admin/batch/executions/" + id).body(), "status"),
            s -> s.equals("COMPLETED") || s.equals("FAILED") || s.equals("STOPPED"));
  }

  static HttpResponse<String> ask(
      Http driver, long operatorId, String buyerType, String taxNumber, String... orderNos)
      throws Exception {
    return driver.post(
        "api/driver/invoices",
        "{\"operatorId\":"
            + operatorId
            + ",\"buyerType\":\""
            + buyerType
            + "\",\"title\":\"上海某某科技有限公司\",\"buyerTaxNumber\":\""
            + taxNumber
            + "\",\"email\":\"driver@example.com\",\"orderNos\":[\""
            + String.join("\",\"", orderNos)
            + "\"]}");
  }

  static String orderNo(long id) {
    return "20261129" + String.format("%010d", id);
  }

  /** The id of the order of {@link #orderNo}. */
  static long idOf(String orderNo) {
    return Long.parseLong(orderNo.substring(8));
  }

  /** A charging order of the station in a state, written as settlement would leave it. */
  static String order(long driverId, long stationId, String state, String payment, String total)
      throws SQLException {
    long id;
    try (Connection db = MicroEnvironment.settings().connect()) {
      id = IdSequence.next(db, "charging_order");
    }
    try (Connection db = MicroEnvironment.settings().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO charging_order (id, order_no, operator_id, station_id, pile_code, gun,"
                    + " transaction_serial, charging_type, driver_id, state, payment_status,"
                    + " started_at, ended_at, total_amount, paid_amount, billing_difference,"
                    + " created_at, settled_at)"
                    + " SELECT ?, ?, operator_id, id, '32010200000001', 1, ?, 'APP', ?, ?, ?,"
                    + " '2026-11-29 01:00:00', '2026-11-29 02:00:00', ?, ?, FALSE,"
                    + " '2026-11-29 01:00:00', '2026-11-29 02:00:00' FROM station WHERE id = ?")) {
      insert.setLong(1, id);
      insert.setString(2, orderNo(id));
      insert.setString(3, String.format("%032d", id));
      insert.setLong(4, driverId);
      insert.setString(5, state);
      insert.setString(6, payment);
      insert.setBigDecimal(7, total == null ? null : new BigDecimal(total));
      insert.setBigDecimal(8, total == null ? null : new BigDecimal(total));
      insert.setLong(9, stationId);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
    return orderNo(id);
  }

  /** 发票设置 and 全电账号 of the station, as staff set them on the stations page. */
  static void openInvoicing(long stationId) throws SQLException {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE station SET invoice_enabled = TRUE, invoice_seller_name = '上海联谊充电有限公司',"
              + " invoice_taxpayer_id = '91350100M000100Y43', tax_account = 'lianyi-tax-01',"
              + " tax_account_holder = '张三', tax_account_phone = '13900000000' WHERE id = "
              + stationId);
    }
  }

  static long driverId(String phone) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement sql = db.createStatement()) {
      return Ledgers.single(sql, "SELECT id FROM driver WHERE phone = '" + phone + "'");
    }
  }

  static BigDecimal balance(Connection db, long account) throws SQLException {
    try (Statement sql = db.createStatement();
        var row = sql.executeQuery("SELECT balance FROM ledger_account WHERE id = " + account)) {
      row.next();
      return row.getBigDecimal(1);
    }
  }

  static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : "";
  }

  static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
