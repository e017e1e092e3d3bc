package cn.evpark.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.GroundLockCommand;
import cn.evpark.ykc.protocol.message.LockAction;
import cn.evpark.ykc.protocol.message.LockState;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ground locks at a pile's bays (地锁, {@code parking.md §1}, {@code ykc-protocol.md §8.5}) as
 * staff see and move them on the pile list, with the simulator's locks on the other end of the YKC
 * connection: each lock's state as it reports it (0x61), 升锁 / 降锁 sent as 0x62 and answered by 0x63,
 * and a lock that a vehicle in the bay keeps from rising.
 */
@ExtendWith(SharedPlatform.class)
class GroundLocksIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final PileCode PILE = PileCode.of("44030513000001");

  final URL base = SharedPlatform.base();

  @Test
  void staff_seeEachBaysLock_raiseIt_andAreToldWhenAVehicleKeepsItDown() throws Exception {
    OwnOperator operator = OwnOperator.create(base, "地锁运营商", "ground-locks-admin", PILE.value());
    try (Simulator simulator =
            new Simulator(
                SimulatorConfig.builder()
                    .port(MicroEnvironment.settings().ykcPort())
                    .guns(2)
                    .groundLocks(true)
                    .build());
        Browser browser = new Browser(base)) {
      VirtualPile pile = simulator.addPile(PILE);
      assertThat(await(pile.connect()).accepted()).isTrue();
      browser.logIn("ground-locks-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));

      // The lock reports at login; the list shows what it reported when opened. The pile's model
      // has one gun: the simulator's second lock reports a gun the pile does not have, ignored.
      browser.waitFor(
          WAIT,
          d -> {
            browser.open("admin/piles.xhtml");
            return row(browser).getText().contains("1号枪 已降锁 · 无车 · 电量 100%");
          });
      assertThat(row(browser).findElements(By.cssSelector(".ground-lock"))).hasSize(1);

      CompletionStage<GroundLockCommand> raise = pile.nextReceived(GroundLockCommand.class);
      lockLink(browser, "lock-raise").click();
      assertThat(await(raise).action()).isEqualTo(LockAction.RAISE);
      browser.waitFor(
          WAIT, d -> commandsText(browser).contains("1号枪升锁 充电桩 " + PILE.value() + " 的 1 号枪地锁已升起"));
      // the lock's report after it moved reaches the open page by its polling
      browser.waitFor(WAIT, d -> lockText(browser).equals("1号枪 已升锁 · 无车 · 电量 100%"));
      assertThat(await(pile.groundLock(1)).lockState().is(LockState.RAISED)).isTrue();
      browser.screenshot("ground-lock-raised");

      // the API moves the same lock
      String lock = "api/admin/piles/" + PILE.value() + "/guns/";
      HttpResponse<String> lowered = operator.staff().post(lock + "1/ground-lock/lower");
      assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
      assertThat(await(pile.groundLock(1)).lockState().is(LockState.LOWERED)).isTrue();

      await(pile.vehicleArrives(1));
      browser.waitFor(WAIT, d -> lockText(browser).contains("有车"));
      lockLink(browser, "lock-raise").click();
      browser.waitFor(
          WAIT,
          d ->
              commandsText(browser)
                  .contains("1号枪升锁 充电桩 " + PILE.value() + " 的 1 号枪地锁未动作（车位有车或地锁故障）"));
      browser.waitFor(WAIT, d -> lockText(browser).equals("1号枪 已降锁 · 有车 · 电量 100% · 升降锁失败"));
      assertThat(await(pile.groundLock(1)).lockState().is(LockState.LOWERED)).isTrue();
      browser.screenshot("ground-lock-refused");

      HttpResponse<String> refused = operator.staff().post(lock + "1/ground-lock/raise");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
      assertThat(refused.body()).contains("pile.lock.refused");
      HttpResponse<String> noGun = operator.staff().post(lock + "2/ground-lock/raise");
      assertThat(noGun.statusCode()).as(noGun.body()).isEqualTo(404);
      assertThat(noGun.body()).contains("pile.gun.notFound");
      assertThat(operator.staff().get("api/admin/piles/" + PILE.value()).body())
          .contains("\"groundLocks\"", "\"vehiclePresent\":true", "\"RAISE_LOWER_FAILED\"");
    }
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static WebElement row(Browser browser) {
    return browser.find("#piles\\:table").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains(PILE.value()))
        .findFirst()
        .orElseThrow();
  }

  /** The 升锁 or 降锁 link of the pile's one lock. */
  private static WebElement lockLink(Browser browser, String kind) {
    return row(browser).findElement(By.cssSelector(".ground-lock a." + kind));
  }

  /** The pile's one lock, as the list shows it. */
  private static String lockText(Browser browser) {
    return browser.text("[data-live='pile-" + idOf(browser) + "-lock-1']");
  }

  /** The pile's id, as the page keys its live values. */
  private static String idOf(Browser browser) {
    String key =
        row(browser)
            .findElement(By.cssSelector("[data-live$='-online']"))
            .getAttribute("data-live");
    return key.replaceAll("\\D", "");
  }

  /** The 指令 area of the pile list: one line per command, operation then outcome. */
  private static String commandsText(Browser browser) {
    return browser.text("#piles\\:commands").replaceAll("\\s+", " ");
  }
}
