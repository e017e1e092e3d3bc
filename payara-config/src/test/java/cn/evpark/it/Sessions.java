package cn.evpark.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charging sessions of the demo station driven with simulated piles, for the tests of orders and
 * their pages: a pile logged in and plugged in, a driver's start, a staff top-up, the live figures.
 */
public final class Sessions {

  static final Duration WAIT = Duration.ofSeconds(30);

  private Sessions() {}

  /** Logs the pile in and waits until it holds its billing model, without which it cannot start. */
  public static void logIn(VirtualPile pile) throws Exception {
    CompletableFuture<BillingModelReply> model = pile.received(BillingModelReply.class);
    assertThat(
            pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).accepted())
        .isTrue();
    model.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** A pile of the demo station, logged in, with a car plugged into gun 1. */
  public static VirtualPile pluggedIn(Simulator simulator, PileCode code) throws Exception {
    VirtualPile pile = simulator.addPile(code);
    logIn(pile);
    pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    synced(pile);
    return pile;
  }

  /**
   * Returns once the platform has handled every frame the pile sent so far: a pile's frames are
   * handled in order, so the reply to a heartbeat sent now comes after them.
   */
  public static void synced(VirtualPile pile) throws Exception {
    CompletableFuture<HeartbeatReply> reply = pile.nextReceived(HeartbeatReply.class);
    pile.send(new Heartbeat(pile.code(), 1, Code.of(GunHealth.NORMAL)))
        .toCompletableFuture()
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The driver starts gun 1 of the pile with the Idempotency-Key {@code key}. */
  public static HttpResponse<String> start(Http driver, PileCode pile, String key)
      throws Exception {
    return driver.post(
        "api/driver/charging-orders",
        "{\"pileCode\":\"" + pile.value() + "\",\"gun\":1}",
        "Idempotency-Key",
        key);
  }

  /** A staff top-up (现金) of the driver with {@code phone} at the demo operator, yuan. */
  public static HttpResponse<String> topUp(
      Http admin, String phone, String amount, String requestId) throws Exception {
    String driver = Json.field(admin.get("api/admin/drivers?phone=" + phone).body(), "id");
    long operator = demoOperator(admin);
    return admin.post(
        "api/admin/drivers/" + driver + "/top-ups",
        "{\"operatorId\":"
            + operator
            + ",\"amount\":"
            + amount
            + ",\"reason\":\"现金\",\"requestId\":\""
            + requestId
            + "\"}");
  }

  /**
   * The id of the demo operator (演示运营商). Other tests on the shared platform add operators, and the
   * list is sorted by name, so the first one is not always the demo's.
   */
  public static long demoOperator(Http admin) throws Exception {
    String operators = admin.get("api/admin/operators").body();
    Matcher demo = Pattern.compile("\"id\":(\\d+),\"name\":\"演示运营商\"").matcher(operators);
    assertThat(demo.find()).as(operators).isTrue();
    return Long.parseLong(demo.group(1));
  }

  /** The live energy of an order under way, kWh (0 before the first frame). */
  public static BigDecimal liveEnergy(String order) {
    Matcher m = Pattern.compile("\"live\":\\{[^}]*\"energy\":([0-9.]+)").matcher(order);
    return m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
  }
}
