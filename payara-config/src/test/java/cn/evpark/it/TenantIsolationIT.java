package cn.evpark.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operator scoping (issue 7): staff of operator A can neither list, open nor change operator B's
 * station or pile, through the API or by editing a page's URL, nor see B's sessions on the home
 * page. Every refusal is 404 (the object does not exist for them) or 403 (a read-only account asked
 * for a change), never a 500, and nothing of B's changes. A caller without a staff role (nobody, a
 * driver) gets nothing from any admin endpoint or page (charging-orders issue).
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

  static final String PASSWORD = "tenant-pass-1";
  static final String PILE_B = "55031412780001";
  static final String PILE_A = "55031412780002";

  final URL base = SharedPlatform.base();

  long stationA;
  long stationB;

  Http admin() {
    return new Http(base);
  }

  Http as(String user) {
    return new Http(base).as(user, PASSWORD);
  }

  @BeforeEach
  void twoOperatorsWithAStationAndAPileEach() throws Exception {
    if (stationB != 0) {
      return;
    }
    long a = id(admin().post("api/admin/operators", "{\"name\":\"运营商A\"}"));
    long b = id(admin().post("api/admin/operators", "{\"name\":\"运营商B\"}"));
    staff(a, "a-admin", "OPERATOR_ADMIN");
    staff(a, "a-staff", "OPERATOR_STAFF");
    staff(b, "b-admin", "OPERATOR_ADMIN");
    long model = id(admin().get("api/admin/device-models"));
    stationA = id(as("a-admin").post("api/admin/stations", station("A站")));
    stationB = id(as("b-admin").post("api/admin/stations", station("B站")));
    assertThat(as("a-admin").post("api/admin/piles", pile(stationA, model, PILE_A)).statusCode())
        .isEqualTo(201);
    assertThat(as("b-admin").post("api/admin/piles", pile(stationB, model, PILE_B)).statusCode())
        .isEqualTo(201);
  }

  @Test
  void listing_showsOnlyTheOperatorsOwnStationsAndPiles() throws Exception {
    String stations = as("a-staff").get("api/admin/stations").body();
    String piles = as("a-staff").get("api/admin/piles").body();

    assertThat(stations).contains("A站").doesNotContain("B站", "上海市黄浦区联谊大厦充电站");
    assertThat(piles).contains(PILE_A).doesNotContain(PILE_B, "32010200000001");
    assertThat(admin().get("api/admin/stations").body()).contains("A站", "B站");
  }

  @Test
  void anotherOperatorsStationAndPile_areNotFound_throughTheApi() throws Exception {
    Http a = as("a-admin");

    assertThat(a.get("api/admin/stations/" + stationB).statusCode()).isEqualTo(404);
    assertThat(a.put("api/admin/stations/" + stationB, station("A改B")).statusCode()).isEqualTo(404);
    assertThat(
            a.put(
                    "api/admin/stations/" + stationB + "/payment",
                    "{\"enabled\":true,\"channelFeePercent\":0.6}")
                .statusCode())
        .isEqualTo(404);
    assertThat(a.delete("api/admin/stations/" + stationB).statusCode()).isEqualTo(404);
    assertThat(a.getBytes("api/admin/stations/" + stationB + "/qr-codes.zip").statusCode())
        .isEqualTo(404);
    assertThat(a.get("api/admin/piles/" + PILE_B).statusCode()).isEqualTo(404);
    assertThat(a.put("api/admin/piles/" + PILE_B, pile(stationA, 1, PILE_B)).statusCode())
        .isEqualTo(404);
    assertThat(a.post("api/admin/piles/" + PILE_B + "/restart").statusCode()).isEqualTo(404);
    assertThat(a.delete("api/admin/piles/" + PILE_B).statusCode()).isEqualTo(404);
    assertThat(a.getBytes("api/admin/piles/" + PILE_B + "/guns/1/qr.png").statusCode())
        .isEqualTo(404);
    assertThat(a.post("api/admin/piles/" + PILE_B + "/guns/1/ground-lock/raise").statusCode())
        .isEqualTo(404);
    // the parking devices of B's station: its key is neither issued nor read, its events not seen
    assertThat(a.post("api/admin/parking/stations/" + stationB + "/key").statusCode())
        .isEqualTo(404);
    assertThat(a.get("api/admin/parking/stations/" + stationB + "/key").statusCode())
        .isEqualTo(404);
    assertThat(a.get("api/admin/parking/stations/" + stationB + "/bay-events").statusCode())
        .isEqualTo(404);
    assertThat(a.get("api/admin/arrears?station=" + stationB).headers().firstValue("X-Total-Count"))
        .contains("0");
    HttpResponse<String> intoB = a.post("api/admin/piles", pile(stationB, 1, "55031412780009"));
    assertThat(intoB.statusCode()).isEqualTo(404);
    assertThat(intoB.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");

    assertBUnchanged();
  }

  /**
   * Issue 13: a body that is no JSON of the expected shape (broken JSON, a string for a number, a
   * name the enum does not have) is the caller's mistake: 400 naming the field, never 500.
   */
  @Test
  void malformedBodies_areRefusedWith400_namingTheField() throws Exception {
    Http a = as("a-admin");

    HttpResponse<String> broken =
        a.post("api/admin/stations", "{\"name\":\"坏站\",\"scenario\": OFFICE}");
    HttpResponse<String> textForNumber =
        a.post(
            "api/admin/piles",
            "{\"stationId\":\"A站\",\"deviceModelId\":1,\"code\":\"55031412780011\"}");
    HttpResponse<String> unknownScenario =
        a.post("api/admin/stations", station("坏站").replace("\"OFFICE\"", "\"MOON_BASE\""));

    assertMalformed(broken, "scenario");
    assertThat(broken.body()).contains("is not valid JSON");
    assertMalformed(textForNumber, "stationId");
    assertThat(textForNumber.body()).contains("must be a number");
    assertMalformed(unknownScenario, "scenario");
    assertThat(unknownScenario.body()).contains("\"allowed\":[\"PUBLIC_PARKING\",");
    assertThat(as("a-staff").get("api/admin/stations?size=100").body()).doesNotContain("坏站");
  }

  /**
   * Issue 13: a query parameter of the wrong kind is refused with 400 naming it, where JAX-RS alone
   * answers 404 as if the path did not exist; a right one still lists.
   */
  @Test
  void queryParametersOfTheWrongKind_areRefusedWith400_namingTheParameter() throws Exception {
    Http a = as("a-admin");

    HttpResponse<String> textForSize = a.get("api/admin/piles?first=0&size=abc");
    HttpResponse<String> unknownKind = a.get("api/admin/cards?kind=MOON&stationId=x");

    assertMalformed(textForSize, "size");
    assertThat(textForSize.body()).contains("must be a whole number");
    assertMalformed(unknownKind, "kind");
    assertThat(unknownKind.body())
        .contains("\"allowed\":[\"E_CARD\",\"IC_CARD\"]", "\"field\":\"stationId\"");
    assertThat(a.get("api/admin/piles?first=0&size=5").statusCode()).isEqualTo(200);
  }

  private static void assertMalformed(HttpResponse<String> answer, String field) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"code\":\"request.malformed\"", "\"field\":\"" + field + "\"");
  }

  @Test
  void anotherOperatorsStation_isNotFound_byPageUrl() throws Exception {
    HttpResponse<String> tampered = as("a-admin").get("admin/piles.xhtml?station=" + stationB);
    HttpResponse<String> own = as("a-admin").get("admin/piles.xhtml?station=" + stationA);

    assertThat(tampered.statusCode()).isEqualTo(404);
    assertThat(tampered.body()).doesNotContain(PILE_B);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains(PILE_A);
  }

  @Test
  void homePage_countsOnlyTheOperatorsOwnChargingSessions() throws Exception {
    // The platform's figures include the sessions of other test classes on the shared platform.
    String allBefore = admin().get("admin/index.xhtml").body();
    bill(PILE_A, "1.5000", "2.0000");
    bill(PILE_B, "7.0000", "9.0000");

    String own = as("a-staff").get("admin/index.xhtml").body();
    String others = as("b-admin").get("admin/index.xhtml").body();
    // The platform's latest orders may be others' (orders written by other classes with ids the
    // platform had not reached yet): its figures show that it counts both sessions.
    String all = admin().get("admin/index.xhtml").body();

    assertThat(own).contains("id=\"todayEnergy\" class=\"value\">1.5000<", PILE_A);
    assertThat(own).contains("id=\"todayRevenue\" class=\"value\">2.00<").doesNotContain(PILE_B);
    assertThat(others).contains("id=\"todayEnergy\" class=\"value\">7.0000<", PILE_B);
    assertThat(others).contains("id=\"todayRevenue\" class=\"value\">9.00<").doesNotContain(PILE_A);
    assertThat(figure(all, "todayEnergy").subtract(figure(allBefore, "todayEnergy")))
        .isEqualByComparingTo("8.5000");
    assertThat(figure(all, "todayRevenue").subtract(figure(allBefore, "todayRevenue")))
        .isEqualByComparingTo("11.00");
  }

  /** A figure of the home page, e.g. {@code todayEnergy} in kWh. */
  private static BigDecimal figure(String page, String id) {
    Matcher value = Pattern.compile("id=\"" + id + "\" class=\"value\">([0-9.,]+)<").matcher(page);
    assertThat(value.find()).as(id).isTrue();
    return new BigDecimal(value.group(1).replace(",", ""));
  }

  /** The pile's bill of a session that ended a minute ago, sent over YKC as the pile sends it. */
  private static void bill(String pile, String energy, String amount) throws Exception {
    LocalDateTime end =
        LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
            .minusMinutes(1)
            .truncatedTo(ChronoUnit.SECONDS);
    PileCode code = PileCode.of(pile);
    TransactionRecord record =
        Bills.flat(
            code,
            TransactionSerial.of(pile + "01" + "2611250000000001"),
            end.minusHours(1),
            Duration.ofHours(1),
            energy,
            amount,
            TransactionType.APP,
            StopReason.MANUAL_STOP);
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .guns(1)
                .build())) {
      VirtualPile virtual = simulator.addPile(code);
      assertThat(virtual.connect().toCompletableFuture().get(30, TimeUnit.SECONDS).accepted())
          .isTrue();
      CompletableFuture<TransactionRecordAck> ack =
          virtual.nextReceived(TransactionRecordAck.class);
      virtual.send(record).toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertThat(ack.get(30, TimeUnit.SECONDS).transactionSerial())
          .isEqualTo(record.transactionSerial());
    }
  }

  /**
   * Charging-orders issue, "no caller without a role sees anything": every admin endpoint answers
   * an anonymous caller 401 and a driver's token 403, every admin page sends the anonymous caller
   * to the login page and answers a driver 403; never with any operator's data, and nothing
   * changes.
   */
  @Test
  void callersWithoutAStaffRole_getNothing_fromEveryAdminEndpointAndPage() throws Exception {
    Http anonymous = admin().anonymous();
    Http driver = admin().asDriver(driverToken("13700000031"));
    String operatorsBefore = admin().get("api/admin/operators").body();
    String staffBefore = admin().get("api/admin/staff").body();

    for (String endpoint : adminEndpoints()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1);
      HttpResponse<String> ofNobody = call(anonymous, method, path);
      HttpResponse<String> ofDriver = call(driver, method, path);

      assertThat(ofNobody.statusCode()).as("anonymous " + endpoint).isEqualTo(401);
      assertThat(ofNobody.body()).as("anonymous " + endpoint).doesNotContain(DATA);
      assertThat(ofDriver.statusCode()).as("driver " + endpoint).isEqualTo(403);
      assertThat(ofDriver.body()).as("driver " + endpoint).doesNotContain(DATA);
    }
    for (String page : adminPages()) {
      HttpResponse<String> ofNobody = anonymous.get(page);
      HttpResponse<String> ofDriver = driver.get(page);

      assertThat(ofNobody.statusCode()).as("anonymous " + page).isEqualTo(302);
      assertThat(ofNobody.headers().firstValue("Location").orElseThrow())
          .as("anonymous " + page)
          .contains("/login.xhtml?next=");
      assertThat(ofNobody.body()).as("anonymous " + page).doesNotContain(DATA);
      assertThat(ofDriver.statusCode()).as("driver " + page).isEqualTo(403);
      assertThat(ofDriver.body()).as("driver " + page).doesNotContain(DATA);
    }
    assertThat(as("a-admin").get("api/driver/wallets").statusCode())
        .as("staff on the driver API")
        .isEqualTo(403);
    assertBUnchanged();
    assertThat(admin().get("api/admin/operators").body()).isEqualTo(operatorsBefore);
    assertThat(admin().get("api/admin/staff").body()).isEqualTo(staffBefore);
  }

  /** What no caller without a staff role may see: the operators', stations' and piles' names. */
  static final String[] DATA = {"运营商A", "运营商B", "A站", "B站", PILE_A, PILE_B, "32010200000001"};

  /** Every admin API resource and method, as "METHOD path", aimed at operator B's objects. */
  List<String> adminEndpoints() {
    String b = "api/admin/stations/" + stationB;
    String pileB = "api/admin/piles/" + PILE_B;
    return List.of(
        "GET api/admin/operators",
        "POST api/admin/operators",
        "GET api/admin/staff",
        "POST api/admin/staff",
        "PUT api/admin/staff/1/enabled",
        "GET api/admin/device-models",
        "POST api/admin/device-models",
        "DELETE api/admin/device-models/1",
        "GET api/admin/stations",
        "POST api/admin/stations",
        "GET " + b,
        "PUT " + b,
        "PUT " + b + "/interconnection",
        "PUT " + b + "/payment",
        "PUT " + b + "/invoicing",
        "PUT " + b + "/tax-account",
        "DELETE " + b,
        "GET " + b + "/qr-codes.zip",
        "GET api/admin/piles",
        "POST api/admin/piles",
        "GET api/admin/piles/import-template.xlsx",
        "POST api/admin/piles/import",
        "GET api/admin/piles/frame-log",
        "GET " + pileB,
        "PUT " + pileB,
        "DELETE " + pileB,
        "POST " + pileB + "/restart",
        "POST " + pileB + "/time-sync",
        "POST " + pileB + "/qr-push?target=pile",
        "PUT " + pileB + "/frame-log",
        "GET " + pileB + "/guns/1/qr.png",
        "GET api/admin/tariff/billing-models",
        "POST api/admin/tariff/billing-models/" + PILE_B + "/push",
        "GET api/admin/tariff/charging-standards",
        "POST api/admin/tariff/charging-standards",
        "GET api/admin/tariff/charging-standards/1",
        "PUT api/admin/tariff/charging-standards/1",
        "DELETE api/admin/tariff/charging-standards/1",
        "GET api/admin/tariff/reservation-rules",
        "POST api/admin/tariff/reservation-rules",
        "GET api/admin/tariff/occupancy-rules",
        "POST api/admin/tariff/occupancy-rules",
        "GET api/admin/tariff/stations/" + stationB,
        "PUT api/admin/tariff/stations/" + stationB + "/charging",
        "PUT api/admin/tariff/stations/" + stationB + "/reservations",
        "PUT api/admin/tariff/stations/" + stationB + "/occupancy-fee",
        "GET api/admin/charging-orders",
        "GET api/admin/charging-orders?phone=13800000000",
        "GET api/admin/drivers?phone=13800000000",
        "POST api/admin/drivers/1/top-ups",
        "GET api/admin/operators/1/wechat-pay",
        "PUT api/admin/operators/1/wechat-pay",
        "POST api/admin/batch/jobs/station-pile-count/executions",
        "GET api/admin/batch/executions/1");
  }

  /** Every admin page, one of them aimed at operator B's station. */
  List<String> adminPages() {
    return List.of(
        "admin/index.xhtml",
        "admin/stations.xhtml",
        "admin/piles.xhtml?station=" + stationB,
        "admin/charging-orders.xhtml",
        "admin/device-models.xhtml",
        "admin/staff.xhtml",
        "admin/password.xhtml",
        "admin/tariff/charging-fees.xhtml");
  }

  private static HttpResponse<String> call(Http http, String method, String path) throws Exception {
    return switch (method) {
      case "GET" -> http.get(path);
      case "POST" -> http.post(path, "{}");
      case "PUT" -> http.put(path, "{}");
      case "DELETE" -> http.delete(path);
      default -> throw new IllegalArgumentException(method);
    };
  }

  /** Logs a driver in by SMS code, the code read where the gateway wrote it. */
  String driverToken(String phone) throws Exception {
    Http anonymous = admin().anonymous();
    Pattern sms = Pattern.compile("SMS code for " + phone + ": (\\d{6})");
    Optional<String> before = ServerLog.latest(sms);
    assertThat(
            anonymous.post("api/driver/login/code", "{\"phone\":\"" + phone + "\"}").statusCode())
        .isEqualTo(204);
    String code = ServerLog.await(sms, before, Duration.ofSeconds(30));
    HttpResponse<String> login =
        anonymous.post(
            "api/driver/login", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return Json.field(login.body(), "token");
  }

  @Test
  void readOnlyStaff_mayNotChange_evenTheirOwnOperatorsStation() throws Exception {
    Http staff = as("a-staff");

    assertThat(staff.put("api/admin/stations/" + stationA, station("改名")).statusCode())
        .isEqualTo(403);
    assertThat(staff.post("api/admin/stations", station("新站")).statusCode()).isEqualTo(403);
    assertThat(staff.post("api/admin/piles/" + PILE_A + "/restart").statusCode()).isEqualTo(403);
    assertThat(staff.delete("api/admin/piles/" + PILE_A).statusCode()).isEqualTo(403);
    assertThat(staff.get("api/admin/stations/" + stationA).body()).contains("A站");
    assertThat(staff.get("api/admin/piles/" + PILE_A).statusCode()).isEqualTo(200);
  }

  @Test
  void operatorAdmin_mayNotCreateOperators_norAccountsOfAnother() throws Exception {
    assertThat(as("a-admin").post("api/admin/operators", "{\"name\":\"X\"}").statusCode())
        .isEqualTo(403);
    assertThat(as("a-admin").get("api/admin/staff").body())
        .contains("a-staff")
        .doesNotContain("b-admin");
  }

  /** B's station and pile as created: version 1 (never updated), the name and settings as given. */
  private void assertBUnchanged() throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT s.name, s.version, s.payment_enabled, p.code, p.version"
                    + " FROM station s JOIN pile p ON p.station_id = s.id WHERE s.id = "
                    + stationB)) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("B站");
      assertThat(row.getLong(2)).isEqualTo(1);
      assertThat(row.getBoolean(3)).isFalse();
      assertThat(row.getString(4)).isEqualTo(PILE_B);
      assertThat(row.getLong(5)).isEqualTo(1);
      assertThat(row.next()).isFalse();
    }
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet count =
            query.executeQuery("SELECT COUNT(*) FROM pile WHERE code = '55031412780009'")) {
      count.next();
      assertThat(count.getInt(1)).isZero();
    }
  }

  private void staff(long operator, String username, String role) throws Exception {
    HttpResponse<String> created =
        admin()
            .post(
                "api/admin/staff",
                "{\"operatorId\":%d,\"username\":\"%s\",\"displayName\":\"%s\",\"role\":\"%s\",\"password\":\"%s\"}"
                    .formatted(operator, username, username, role, PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  static String station(String name) {
    return ("{\"name\":\"%s\",\"provinceCode\":\"440000\",\"cityCode\":\"440300\","
            + "\"districtCode\":\"440305\",\"address\":\"科技园1号\",\"latitude\":22.54,"
            + "\"longitude\":113.95,\"scenario\":\"OFFICE\",\"contactPhone\":\"13900001111\"}")
        .formatted(name);
  }

  static String pile(long station, long model, String code) {
    return ("{\"stationId\":%d,\"deviceModelId\":%d,\"code\":\"%s\",\"minStartAmount\":2.00,"
            + "\"enabled\":true,\"category\":\"PUBLIC\"}")
        .formatted(station, model, code);
  }

  /** The first {@code "id":n} of an answer that must have succeeded. */
  static long id(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
    assertThat(id.find()).as(response.body()).isTrue();
    return Long.parseLong(id.group(1));
  }
}
