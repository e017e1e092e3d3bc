package cn.evpark.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The admin pages in headless Chromium, as staff use them. */
@ExtendWith(SharedPlatform.class)
class AdminPagesIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  final URL base = SharedPlatform.base();

  @Test
  void wrongPassword_isRefusedWithAClearMessage() {
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", "not-the-password");

      browser.waitFor(WAIT, d -> d.getPageSource().contains("账号或密码错误"));
      assertThat(browser.currentPath()).startsWith("/login.xhtml");
      browser.screenshot("login-wrong-password");
    }
  }

  @Test
  void administrator_logsIn_andSeesADemoPileGoOnline() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", MicroEnvironment.ADMIN_PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      // The demo station's piles: other test classes on the shared platform add stations.
      String station =
          Json.field(new Http(base).get("api/admin/piles/32010200000003").body(), "stationId");
      browser.open("admin/piles.xhtml?station=" + station);
      assertThat(onlineStateOf(browser, "32010200000003")).isEqualTo("离线");

      try (Simulator simulator =
          new Simulator(
              SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build())) {
        simulator
            .addPile(PileCode.of("32010200000003"))
            .connect()
            .toCompletableFuture()
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);

        browser.waitFor(WAIT, d -> "在线".equals(onlineStateOf(browser, "32010200000003")));
        browser.screenshot("piles-one-online");
      }
    }
  }

  private static String onlineStateOf(Browser browser, String pileCode) {
    return browser.find("#piles\\:table").findElements(By.cssSelector("tr")).stream()
        .filter(row -> row.getText().contains(pileCode))
        .findFirst()
        .map(row -> row.findElement(By.cssSelector(".pile-online")).getText())
        .orElse("");
  }
}
