package cn.evpark.charging;

import static cn.evpark.it.Sessions.pluggedIn;
import static cn.evpark.it.Sessions.start;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Bills;
import cn.evpark.it.Browser;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Arrears records ({@code parking.md §5}, {@code money.md §4.7}): an order its wallet cannot pay in
 * full leaves arrears; top-ups pay them, the oldest first; the driver sees what is owed and pays
 * from the wallet; staff see each record with what is still owed of it on 欠费记录.
 */
@ExtendWith(SharedPlatform.class)
class ArrearsIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PHONE = "13800000071";
  static final PileCode PILE = PileCode.of("44030513300001");

  final URL base = SharedPlatform.base();

  @Test
  void anOrderTheWalletCannotCover_leavesArrears_paidByTopUps_andShownUntilSettled()
      throws Exception {
    OwnOperator operator = OwnOperator.create(base, "欠费运营商", "arrears-admin", PILE.value());
    Http admin = new Http(base);
    Http driver = new Http(base).asDriver(DriverLogin.token(base, PHONE));
    assertThat(operator.topUp(admin, PHONE, "3.00", "arrears-3").statusCode()).isEqualTo(201);
    assertThat(driver.get("api/driver/arrears").body()).isEqualTo("[]");

    String orderNo;
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .guns(1)
                .build())) {
      VirtualPile pile = pluggedIn(simulator, PILE);
      HttpResponse<String> started = start(driver, PILE, "arrears-start");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      orderNo = Json.field(started.body(), "orderNo");
      // The pile bills 10 kWh, all at 平 (0.8 + 0.4 yuan/kWh): 12.00 against a wallet of 3.00.
      TransactionSerial serial =
          TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
      LocalDateTime end =
          LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS);
      pile.send(
              Bills.flat(
                  PILE,
                  serial,
                  end.minusMinutes(10),
                  Duration.ofMinutes(10),
                  "10.0000",
                  "12.0000",
                  TransactionType.APP,
                  StopReason.MANUAL_STOP))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    String order = driver.get("api/driver/charging-orders/" + orderNo).body();
    assertThat(order)
        .contains("\"totalAmount\":12.00", "\"paidAmount\":3.00", "\"arrearsAmount\":9.00");

    // the driver sees what is owed, and paying from an empty wallet pays nothing
    assertThat(driver.get("api/driver/arrears").body())
        .contains("\"owed\":9.00", orderNo, "\"unpaid\":9.00", "\"settled\":false");
    HttpResponse<String> nothing =
        driver.post(
            "api/driver/arrears/" + operator.id() + "/pay", "{}", "Idempotency-Key", "pay-1");
    assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(200);
    assertThat(nothing.body()).contains("\"paid\":0.00", "\"owed\":9.00");

    // a top-up pays arrears first: 5.00 of the 9.00
    assertThat(operator.topUp(admin, PHONE, "5.00", "arrears-5").statusCode()).isEqualTo(201);
    assertThat(driver.get("api/driver/arrears").body())
        .contains("\"owed\":4.00", "\"unpaid\":4.00");
    HttpResponse<String> listed = operator.staff().get("api/admin/arrears?phone=" + PHONE);
    assertThat(listed.headers().firstValue("X-Total-Count")).contains("1");
    assertThat(listed.body()).contains(orderNo, "\"arrears\":9.00", "\"unpaid\":4.00");

    try (Browser browser = new Browser(base)) {
      browser.logIn("arrears-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.script("document.querySelector(\"a[href*='admin/arrears']\").click();");
      browser.waitFor(WAIT, d -> browser.currentPath().startsWith("/admin/arrears"));
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      WebElement row = rows(browser).get(0);
      assertThat(row.getText()).contains(orderNo, PHONE, "欠费运营商站", "12.00", "9.00", "4.00", "未结清");
      assertThat(browser.pageText()).contains("欠费金额(元)", "未结清金额(元)", "结清状态");
      browser.screenshot("arrears");

      // the rest paid, the record shows settled
      assertThat(operator.topUp(admin, PHONE, "10.00", "arrears-10").statusCode()).isEqualTo(201);
      assertThat(driver.get("api/driver/arrears").body()).isEqualTo("[]");
      browser.type("#arrears\\:phone", "13800000072");
      browser.click("#arrears\\:find");
      browser.waitFor(WAIT, d -> browser.text("#arrears\\:table").contains("共 0 条"));
      browser.type("#arrears\\:phone", PHONE);
      browser.click("#arrears\\:find");
      browser.waitFor(WAIT, d -> rows(browser).size() == 1);
      assertThat(rows(browser).get(0).getText()).contains("0.00", "已结清");
      assertThat(driver.get("api/driver/wallets").body()).contains("\"balance\":6.00");
    }
  }

  static List<WebElement> rows(Browser browser) {
    return browser.find("#arrears\\:table").findElements(By.cssSelector("tbody tr[data-ri]"));
  }
}
