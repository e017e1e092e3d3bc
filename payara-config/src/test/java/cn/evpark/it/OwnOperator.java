package cn.evpark.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

/**
 * An operator of a test's own on the shared platform ({@link SharedPlatform}), made through the
 * admin API as staff would: its administrator, a standard with the demo standard's rows (the
 * manual's example: 平 0.8 + 0.4, 峰 from 10:00 0.9 + 0.5, 尖 from 17:00 1 + 0.8, 谷 from 22:00 0.5 +
 * 0.3 yuan/kWh), one station charging by it, and piles there; names and codes are the test's.
 *
 * @param id the operator's id
 * @param standard the id of the station's standard
 * @param station the station's id
 * @param stationName the station's name
 * @param staff the API called as the operator's administrator
 */
public record OwnOperator(long id, long standard, long station, String stationName, Http staff) {

  /** The password of every administrator made here. */
  public static final String PASSWORD = "own-operator-1";

  /** The standard's name, the demo standard's. */
  public static final String STANDARD = "临时用户充电费";

  /** The standard's rows as the tariff API takes them. */
  public static final String ROWS =
      """
      [{"rateType": "FLAT", "start": "00:00", "electricity": 0.8, "service": 0.4},
       {"rateType": "PEAK", "start": "10:00", "electricity": 0.9, "service": 0.5},
       {"rateType": "SHARP", "start": "17:00", "electricity": 1, "service": 0.8},
       {"rateType": "VALLEY", "start": "22:00", "electricity": 0.5, "service": 0.3}]
      """;

  /**
   * Makes operator {@code name} with administrator {@code username}, station {@code name + "站"}
   * charging by the standard, and the piles {@code piles} (14 digits each) there.
   */
  public static OwnOperator create(URL base, String name, String username, String... piles)
      throws Exception {
    Http admin = new Http(base);
    long operator = id(admin.post("api/admin/operators", "{\"name\":\"" + name + "\"}"));
    id(
        admin.post(
            "api/admin/staff",
            ("{\"operatorId\":%d,\"username\":\"%s\",\"displayName\":\"%s\","
                    + "\"role\":\"OPERATOR_ADMIN\",\"password\":\"%s\"}")
                .formatted(operator, username, username, PASSWORD)));
    Http staff = new Http(base).as(username, PASSWORD);
    long standard =
        id(
            staff.post(
                "api/admin/tariff/charging-standards",
                "{\"name\":\"" + STANDARD + "\",\"segments\":" + ROWS + "}"));
    String stationName = name + "站";
    long station =
        id(
            staff.post(
                "api/admin/stations",
                ("{\"name\":\"%s\",\"provinceCode\":\"440000\",\"cityCode\":\"440300\","
                        + "\"districtCode\":\"440305\",\"address\":\"科技园1号\",\"latitude\":22.54,"
                        + "\"longitude\":113.95,\"scenario\":\"OFFICE\","
                        + "\"contactPhone\":\"13900001111\"}")
                    .formatted(stationName)));
    HttpResponse<String> charging =
        staff.put(
            "api/admin/tariff/stations/" + station + "/charging",
            "{\"standardId\":" + standard + "}");
    assertThat(charging.statusCode()).as(charging.body()).isEqualTo(200);
    long model = Long.parseLong(Json.field(admin.get("api/admin/device-models").body(), "id"));
    for (String pile : piles) {
      HttpResponse<String> added =
          staff.post(
              "api/admin/piles",
              ("{\"stationId\":%d,\"deviceModelId\":%d,\"code\":\"%s\",\"minStartAmount\":2.00,"
                      + "\"enabled\":true,\"category\":\"PUBLIC\"}")
                  .formatted(station, model, pile));
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }
    return new OwnOperator(operator, standard, station, stationName, staff);
  }

  /** A staff top-up (现金) of the driver with {@code phone} at this operator, yuan. */
  public HttpResponse<String> topUp(Http admin, String phone, String amount, String requestId)
      throws Exception {
    String driver = Json.field(admin.get("api/admin/drivers?phone=" + phone).body(), "id");
    return admin.post(
        "api/admin/drivers/" + driver + "/top-ups",
        "{\"operatorId\":"
            + id
            + ",\"amount\":"
            + amount
            + ",\"reason\":\"现金\",\"requestId\":\""
            + requestId
            + "\"}");
  }

  private static long id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isBetween(200, 201);
    return Long.parseLong(Json.field(created.body(), "id"));
  }
}
