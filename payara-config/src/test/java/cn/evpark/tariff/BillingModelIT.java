package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelSet;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Billing models over YKC on the shared platform: a simulated pile gets exactly the model of its
 * station's standard; editing the standard, or giving the station another one, pushes the new model
 * to the connected pile, which the billing-model page then shows accepted; a pile that held an old
 * model while offline is told it mismatches. Then the tariff API: broken rules with their codes, a
 * standard in use, and the operator scope.
 *
 * <p>Each test works on an operator of its own ({@link #tenant}): its administrator, a station
 * charging by a standard with the demo standard's rows (the manual's example) and piles of its own,
 * so no test needs another's data and none changes the demo tariffs other classes bill by.
 */
@ExtendWith(SharedPlatform.class)
class BillingModelIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final ObjectMapper JSON = new ObjectMapper();

  /** The demo standard's rows as the API takes them, with 平 at {@code flat} yuan/kWh. */
  static String demoStandard(String name, String flat) {
    return """
        {"name": "%s", "segments": [
          {"rateType": "FLAT", "start": "00:00", "electricity": %s, "service": 0.4},
          {"rateType": "PEAK", "start": "10:00", "electricity": 0.9, "service": 0.5},
          {"rateType": "SHARP", "start": "17:00", "electricity": 1, "service": 0.8},
          {"rateType": "VALLEY", "start": "22:00", "electricity": 0.5, "service": 0.3}]}
        """
        .formatted(name, flat);
  }

  final URL base = SharedPlatform.base();

  /**
   * An operator of the test's own, named by {@code tag}: its administrator ({@code
   * billing-<tag>-admin}), a standard with the demo standard's rows, a station charging by it, and
   * the given piles at that station.
   */
  record Tenant(long operator, long standard, String modelNumber, long station, Api staff) {}

  Tenant tenant(String tag, String... piles) throws Exception {
    Api admin = new Api(base);
    long operator =
        id(admin.postElsewhere("api/admin/operators", "{\"name\":\"计费运营商" + tag + "\"}"));
    String username = "billing-" + tag + "-admin";
    staff(admin, operator, username, "OPERATOR_ADMIN");
    Api staff = admin.as(username, PASSWORD);
    JsonNode standard =
        JSON.readTree(
            created(staff.post("charging-standards", demoStandard(STANDARD, "0.8"))).body());
    long station =
        id(
            staff.postElsewhere(
                "api/admin/stations",
                ("{\"name\":\"计费站%s\",\"provinceCode\":\"440000\",\"cityCode\":\"440300\","
                        + "\"districtCode\":\"440305\",\"address\":\"科技园1号\",\"latitude\":22.54,"
                        + "\"longitude\":113.95,\"scenario\":\"OFFICE\","
                        + "\"contactPhone\":\"13900001111\"}")
                    .formatted(tag)));
    HttpResponse<String> charging =
        staff.put(
            "stations/" + station + "/charging",
            "{\"standardId\": " + standard.get("id").asLong() + "}");
    assertThat(charging.statusCode()).as(charging.body()).isEqualTo(200);
    long model =
        JSON.readTree(new Http(base).get("api/admin/device-models").body())
            .findValue("id")
            .asLong();
    for (String pile : piles) {
      created(
          staff.postElsewhere(
              "api/admin/piles",
              ("{\"stationId\":%d,\"deviceModelId\":%d,\"code\":\"%s\",\"minStartAmount\":2.00,"
                      + "\"enabled\":true,\"category\":\"PUBLIC\"}")
                  .formatted(station, model, pile)));
    }
    return new Tenant(
        operator,
        standard.get("id").asLong(),
        standard.get("modelNumber").asText(),
        station,
        staff);
  }

  /** The name of each tenant's standard, the demo standard's. */
  static final String STANDARD = "临时用户充电费";

  static Simulator simulator() {
    return new Simulator(
        SimulatorConfig.builder().port(MicroEnvironment.settings().ykcPort()).build());
  }

  static VirtualPile online(Simulator simulator, String code) throws Exception {
    VirtualPile pile = simulator.addPile(PileCode.of(code));
    assertThat(
            pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).accepted())
        .isTrue();
    return pile;
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The body of a 0x0A/0x58 frame carrying {@code model} to {@code pile}, in hex. */
  static String body(BillingModelReply reply) {
    byte[] frame = YkcCodec.encode(YkcFrame.of(Sequence.ZERO, reply));
    return HexFormat.of()
        .withUpperCase()
        .formatHex(Arrays.copyOfRange(frame, YkcCodec.HEADER_LENGTH, frame.length - 2));
  }

  @Test
  void pileAskingForItsModel_getsExactlyTheBytesOfItsStationsStandard() throws Exception {
    Tenant tenant = tenant("m1", "44030512880001");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = online(simulator, "44030512880001");

      BillingModelReply reply = await(pile.received(BillingModelReply.class));

      // ykc-protocol.md §5.8: pile, the standard's model number, 尖 1.00000/0.80000,
      // 峰 0.90000/0.50000, 平 0.80000/0.40000, 谷 0.50000/0.30000 (× 10⁵, 4 bytes LE), loss 0,
      // 48 slots
      assertThat(tenant.modelNumber()).matches("[0-9]{4}");
      assertThat(body(reply))
          .isEqualTo(
              "44030512880001"
                  + tenant.modelNumber()
                  + "A086010080380100"
                  + "905F010050C30000"
                  + "80380100409C0000"
                  + "50C3000030750000"
                  + "00"
                  + "02".repeat(20)
                  + "01".repeat(14)
                  + "00".repeat(10)
                  + "03".repeat(4));
    }
  }

  @Test
  void editingTheStandard_pushesTheNewModel_andThePageShowsItAccepted() throws Exception {
    Tenant tenant = tenant("m2", "44030512880002");
    Api api = tenant.staff();
    long standard = tenant.standard();
    try (Simulator simulator = simulator()) {
      VirtualPile pile = online(simulator, "44030512880002");
      await(pile.received(BillingModelReply.class));
      CompletableFuture<BillingModelSet> pushed = pile.nextReceived(BillingModelSet.class);

      HttpResponse<String> edited =
          api.put("charging-standards/" + standard, demoStandard("临时用户充电费", "0.85"));

      assertThat(edited.statusCode()).isEqualTo(200);
      String number = JSON.readTree(edited.body()).get("modelNumber").asText();
      assertThat(number).isNotEqualTo(tenant.modelNumber());
      BillingModel model = await(pushed).model();
      assertThat(model.number().value()).isEqualTo(number);
      assertThat(model.prices(Tier.FLAT).electricity()).isEqualByComparingTo("0.85");
      assertThat(model.slots().get(0)).isEqualTo(Tier.FLAT);

      try (Browser browser = new Browser(base)) {
        // the operator's own administrator: the page lists only its piles
        browser.logIn("billing-m2-admin", PASSWORD);
        browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
        browser.open("admin/tariff/billing-models.xhtml");
        browser.waitFor(
            WAIT,
            d -> {
              String row = rowOf(browser, "44030512880002");
              return row.contains("已接受") && row.contains("已同步") && row.contains(number);
            });
        browser.screenshot("tariff-billing-models-accepted");
      }
    }
  }

  @Test
  void pileThatHeldAnOldModelWhileOffline_isToldItMismatches_andGetsTheNewOne() throws Exception {
    Tenant tenant = tenant("m3", "44030512880003");
    Api api = tenant.staff();
    long standard = tenant.standard();
    try (Simulator simulator = simulator()) {
      VirtualPile pile = online(simulator, "44030512880003");
      String old = await(pile.received(BillingModelReply.class)).model().number().value();
      pile.disconnect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      String number =
          JSON.readTree(
                  api.put("charging-standards/" + standard, demoStandard("临时用户充电费", "0.75")).body())
              .get("modelNumber")
              .asText();
      // offline with the old model: the operator's only out-of-date pile, page by page
      HttpResponse<String> outOfDate = api.get("billing-models?outOfDate=true&size=1");
      assertThat(outOfDate.headers().firstValue("X-Total-Count")).hasValue("1");
      JsonNode row = JSON.readTree(outOfDate.body()).get(0);
      assertThat(row.get("pileCode").asText()).isEqualTo("44030512880003");
      assertThat(row.get("state").asText()).isEqualTo("OUT_OF_DATE");
      assertThat(row.get("online").asBoolean()).isFalse();
      assertThat(row.get("expected").asText()).isEqualTo(number);
      assertThat(row.get("held").asText()).isEqualTo(old);
      assertThat(api.get("billing-models?outOfDate=true&first=1&size=1").body()).isEqualTo("[]");

      CompletableFuture<BillingModelVerifyReply> verified =
          pile.nextReceived(BillingModelVerifyReply.class);
      CompletableFuture<BillingModelReply> delivered = pile.nextReceived(BillingModelReply.class);
      pile.connect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      BillingModelVerifyReply verify = await(verified);
      assertThat(verify.modelNumber().value()).isEqualTo(old);
      assertThat(verify.consistent()).isFalse();
      assertThat(await(delivered).model().number().value()).isEqualTo(number);
      Awaitility.await()
          .atMost(WAIT)
          .until(() -> api.get("billing-models?outOfDate=true").body().equals("[]"));
      HttpResponse<String> all = api.get("billing-models");
      assertThat(all.headers().firstValue("X-Total-Count")).hasValue("1");
      assertThat(JSON.readTree(all.body()).get(0).get("state").asText()).isEqualTo("UP_TO_DATE");
    }
  }

  @Test
  void stationGivenAnotherStandard_orMadeFree_pushesThatModel() throws Exception {
    Tenant tenant = tenant("m4", "44030512880004");
    Api api = new Api(base);
    long own = tenant.standard();
    long station = tenant.station();
    HttpResponse<String> created =
        api.post(
            "charging-standards",
            """
            {"operatorId": %d, "name": "夜间优惠", "segments": [
              {"rateType": "VALLEY", "start": "00:00", "electricity": 0.3, "service": 0.1},
              {"rateType": "FLAT", "start": "07:00", "electricity": 0.7, "service": 0.3}]}
            """
                .formatted(tenant.operator()));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode night = JSON.readTree(created.body());

    try (Simulator simulator = simulator()) {
      VirtualPile pile = online(simulator, "44030512880004");
      await(pile.received(BillingModelReply.class));

      CompletableFuture<BillingModelSet> pushed = pile.nextReceived(BillingModelSet.class);
      assertThat(
              api.put(
                      "stations/" + station + "/charging",
                      "{\"standardId\": " + night.get("id").asLong() + "}")
                  .statusCode())
          .isEqualTo(200);
      BillingModel model = await(pushed).model();
      assertThat(model.number().value()).isEqualTo(night.get("modelNumber").asText());
      assertThat(model.slots().subList(0, 14)).containsOnly(Tier.VALLEY);

      pushed = pile.nextReceived(BillingModelSet.class);
      HttpResponse<String> free = api.put("stations/" + station + "/charging", "{\"free\": true}");
      assertThat(free.body()).contains("\"charging\":\"FREE\"");
      model = await(pushed).model();
      assertThat(model.number().value()).isEqualTo("9999");
      assertThat(model.flat().total()).isZero();

      pushed = pile.nextReceived(BillingModelSet.class);
      api.put("stations/" + station + "/charging", "{\"standardId\": " + own + "}");
      assertThat(await(pushed).model().prices(Tier.PEAK).electricity()).isEqualByComparingTo("0.9");
    }
  }

  @Test
  void api_refusesBrokenRulesWithTheirCodes_andAStandardInUse_withTheStation_andIsDocumented()
      throws Exception {
    Tenant tenant = tenant("m5");
    Api api = new Api(base);

    HttpResponse<String> invalid =
        api.post(
            "charging-standards",
            """
            {"operatorId": %d, "name": "", "segments": [
              {"rateType": "FLAT", "start": "00:30", "electricity": 0.8, "service": 0.4},
              {"rateType": "超峰", "start": "10:15", "electricity": -1, "service": 0.1234567}]}
            """
                .formatted(tenant.operator()));
    HttpResponse<String> inUse = api.delete("charging-standards/" + tenant.standard());
    HttpResponse<String> missing = api.get("charging-standards/999999");

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(invalid.body())
        .contains(
            "\"code\":\"tariff.standard.invalid\"",
            "tariff.standard.name.required",
            "tariff.segments.firstAtMidnight",
            "tariff.segments.rateType",
            "tariff.segments.halfHour",
            "tariff.segments.priceNegative",
            "tariff.segments.priceScale",
            "\"field\":\"segments[1].start\"");
    assertThat(inUse.statusCode()).isEqualTo(409);
    assertThat(inUse.body()).contains("tariff.standard.inUse", "计费站m5");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(new Http(base).getServer("/openapi").body())
        .contains(
            "/api/admin/tariff/charging-standards",
            "/api/admin/tariff/stations/{stationId}/charging",
            "/api/admin/tariff/billing-models/{pileCode}/push");
  }

  @Test
  void anotherOperatorsStaff_neitherSeeNorChangeTheTariffs_andReadOnlyStaffChangeNothing()
      throws Exception {
    Tenant tenant = tenant("m6");
    Api admin = new Api(base);
    long own = tenant.standard();
    long station = tenant.station();
    long operatorB = id(admin.postElsewhere("api/admin/operators", "{\"name\":\"计费运营商m6-B\"}"));
    staff(admin, operatorB, "billing-m6-b-admin", "OPERATOR_ADMIN");
    staff(admin, tenant.operator(), "billing-m6-staff", "OPERATOR_STAFF");
    Api staffB = admin.as("billing-m6-b-admin", PASSWORD);
    Api readOnly = admin.as("billing-m6-staff", PASSWORD);

    long ownB =
        id(
            staffB.post(
                "charging-standards",
                """
                {"name": "B标准", "segments": [
                  {"rateType": "FLAT", "start": "00:00", "electricity": 1, "service": 0}]}
                """));

    assertThat(staffB.get("charging-standards/" + own).statusCode()).isEqualTo(404);
    assertThat(staffB.put("charging-standards/" + own, demoStandard("改", "0.1")).statusCode())
        .isEqualTo(404);
    assertThat(staffB.delete("charging-standards/" + own).statusCode()).isEqualTo(404);
    assertThat(staffB.get("charging-standards").body()).contains("B标准").doesNotContain("临时用户充电费");
    assertThat(staffB.get("stations/" + station).statusCode()).isEqualTo(404);
    assertThat(staffB.get("billing-models").body()).isEqualTo("[]");
    // a station chooses only its own operator's standard, whoever asks
    assertThat(
            admin
                .put("stations/" + station + "/charging", "{\"standardId\": " + ownB + "}")
                .statusCode())
        .isEqualTo(404);
    assertThat(readOnly.get("charging-standards/" + own).statusCode()).isEqualTo(200);
    assertThat(readOnly.get("charging-standards").body()).doesNotContain("B标准");
    assertThat(
            readOnly.put("charging-standards/" + own, demoStandard("临时用户充电费", "0.1")).statusCode())
        .isEqualTo(403);
    assertThat(JSON.readTree(admin.get("charging-standards/" + own).body()).get("segments"))
        .first()
        .satisfies(
            flat ->
                assertThat(flat.get("electricity").decimalValue()).isNotEqualByComparingTo("0.1"));
  }

  static final String PASSWORD = "tariff-pass-1";

  private static void staff(Api admin, long operator, String username, String role)
      throws Exception {
    HttpResponse<String> created =
        admin.postElsewhere(
            "api/admin/staff",
            "{\"operatorId\":%d,\"username\":\"%s\",\"displayName\":\"%s\",\"role\":\"%s\",\"password\":\"%s\"}"
                .formatted(operator, username, username, role, PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private static HttpResponse<String> created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response;
  }

  private static long id(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return JSON.readTree(response.body()).get("id").asLong();
  }

  private static String rowOf(Browser browser, String pileCode) {
    return browser.find("#models\\:table").findElements(By.cssSelector("tr")).stream()
        .map(row -> row.getText())
        .filter(text -> text.contains(pileCode))
        .findFirst()
        .orElse("");
  }

  /** The tariff API, as the platform administrator or as another staff account. */
  static final class Api {

    static final String ROOT = "api/admin/tariff/";

    private final Http http;

    Api(URL base) {
      this(new Http(base));
    }

    private Api(Http http) {
      this.http = http;
    }

    Api as(String username, String password) {
      return new Api(http.as(username, password));
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.get(ROOT + path);
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return http.post(ROOT + path, json);
    }

    HttpResponse<String> put(String path, String json) throws Exception {
      return http.put(ROOT + path, json);
    }

    HttpResponse<String> delete(String path) throws Exception {
      return http.delete(ROOT + path);
    }

    /** A call outside the tariff API (operators, staff). */
    HttpResponse<String> postElsewhere(String path, String json) throws Exception {
      return http.post(path, json);
    }
  }
}
