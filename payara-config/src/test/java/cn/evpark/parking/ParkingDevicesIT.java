package cn.evpark.parking;

import static cn.evpark.it.BayCamera.event;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.BayCamera;
import cn.evpark.it.Browser;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A station's parking devices as a bay camera calls the platform ({@code parking.md §1}): signed
 * with the key staff issued in the station's settings, each event taken once whatever the order it
 * arrives in, its photo kept and shown to staff, and every call the signature does not cover
 * refused with its reason.
 */
@ExtendWith(SharedPlatform.class)
class ParkingDevicesIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PILE = "44030513100001";
  static final String BAY = "B2-017";

  final URL base = SharedPlatform.base();

  @Test
  void aBayCamera_reportsSignedEvents_takenOnceEach_andStaffSeeThemWithTheirPhotos()
      throws Exception {
    OwnOperator operator = OwnOperator.create(base, "停车设备运营商", "parking-devices-admin");
    Http staff = operator.staff();
    long model =
        Long.parseLong(Json.field(new Http(base).get("api/admin/device-models").body(), "id"));
    HttpResponse<String> pile =
        staff.post(
            "api/admin/piles",
            ("{\"stationId\":%d,\"deviceModelId\":%d,\"code\":\"%s\",\"minStartAmount\":2.00,"
                    + "\"enabled\":true,\"category\":\"PUBLIC\",\"bayNumber\":\"%s\"}")
                .formatted(operator.station(), model, PILE, BAY));
    assertThat(pile.statusCode()).as(pile.body()).isEqualTo(201);
    String keys = "api/admin/parking/stations/" + operator.station() + "/key";
    assertThat(staff.get(keys).statusCode()).isEqualTo(404);
    HttpResponse<String> issued = staff.post(keys);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    BayCamera camera =
        new BayCamera(
            base, Json.field(issued.body(), "keyId"), Json.field(issued.body(), "secret"));
    assertThat(staff.get(keys).body()).contains(camera.keyId()).doesNotContain(camera.secret());

    byte[] photo = BayCamera.jpeg();
    String entered =
        event("cam1-0001", "VEHICLE_IN", BAY, "粤B12345", "2026-12-01T08:00:00+08:00", photo);
    HttpResponse<String> first = camera.send(entered);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long inId = Long.parseLong(Json.field(first.body(), "id"));

    // the same event again (the camera's retry) changes nothing
    HttpResponse<String> again = camera.send(entered);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("\"repeated\":true", "\"id\":" + inId);

    // a camera that repeats at once, several times over, still leaves one event
    String burst =
        event("cam1-0009", "VEHICLE_IN", BAY, "粤B77777", "2026-12-01T07:30:00+08:00", null);
    List<CompletableFuture<Integer>> repeats = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      repeats.add(CompletableFuture.supplyAsync(() -> camera.sendQuietly(burst)));
    }
    assertThat(repeats.stream().map(CompletableFuture::join).toList())
        .containsOnly(200, 201)
        .containsOnlyOnce(201);

    // the car left at 08:40, but the camera sends its 08:20 lock event afterwards
    assertThat(
            camera
                .send(
                    event(
                        "cam1-0003",
                        "VEHICLE_OUT",
                        BAY,
                        "粤B12345",
                        "2026-12-01T08:40:00+08:00",
                        null))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            camera
                .send(
                    event(
                        "cam1-0002", "LOCK_LOWERED", BAY, null, "2026-12-01T08:20:00+08:00", null))
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> listed =
        staff.get("api/admin/parking/stations/" + operator.station() + "/bay-events");
    assertThat(listed.headers().firstValue("X-Total-Count")).contains("4");
    assertThat(listed.body())
        .containsSubsequence("cam1-0003", "cam1-0002", "cam1-0001", "cam1-0009")
        .contains("\"pileCode\":\"" + PILE + "\"", "粤B12345");
    HttpResponse<byte[]> stored = staff.getBytes("api/admin/parking/bay-events/" + inId + "/photo");
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(stored.body()).isEqualTo(photo);

    // what the signature does not cover is refused, with the reason
    String other =
        event("cam1-0004", "VEHICLE_IN", BAY, "粤B54321", "2026-12-01T09:00:00+08:00", null);
    assertProblem(
        camera.sendSignedAs(other, "another secret", now()), 401, "parking.signature.invalid");
    assertProblem(
        camera.sendSignedAs(other, camera.secret(), now() - 600), 401, "parking.timestamp.stale");
    assertProblem(
        new BayCamera(base, "pk_unknown", camera.secret()).send(other), 401, "parking.key.unknown");
    assertProblem(
        camera.send(
            event(
                "cam1-0005", "VEHICLE_IN", "Z-999", "粤B54321", "2026-12-01T09:00:00+08:00", null)),
        422,
        "parking.bay.unknown");
    assertProblem(camera.send("{\"eventId\": "), 400, "");
    assertThat(
            staff
                .get("api/admin/parking/stations/" + operator.station() + "/bay-events")
                .headers()
                .firstValue("X-Total-Count"))
        .contains("4");

    try (Browser browser = new Browser(base)) {
      browser.logIn("parking-devices-admin", OwnOperator.PASSWORD);
      browser.waitFor(WAIT, d -> d.getCurrentUrl().contains("/admin/"));
      browser.open("admin/stations.xhtml");
      browser.click("#stations\\:table\\:0\\:settings");
      browser.waitFor(WAIT, d -> browser.find("#settingsDialog").isDisplayed());
      browser.find("#settingsForm\\:tabs").findElements(By.cssSelector(".ui-tabs-header")).stream()
          .filter(tab -> tab.getText().contains("停车设备"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.waitFor(WAIT, d -> browser.find("#settingsForm\\:tabs\\:events").isDisplayed());
      assertThat(browser.text("#settingsForm\\:tabs\\:keyId")).isEqualTo(camera.keyId());
      assertThat(browser.text("#settingsForm\\:tabs\\:events"))
          .containsSubsequence("驶出", "降锁", "驶入")
          .contains("2026-12-01 08:00:00", BAY, "粤B12345", "查看");
      browser.screenshot("station-parking-tab");

      browser.click("#settingsForm\\:tabs\\:issueKey");
      browser.confirm();
      browser.waitFor(WAIT, d -> browser.find("#settingsForm\\:tabs\\:secret").isDisplayed());
      String shownSecret = browser.text("#secretValue");
      String newKeyId = browser.text("#settingsForm\\:tabs\\:keyId");
      assertThat(newKeyId).isNotEqualTo(camera.keyId());
      browser.screenshot("station-parking-key-rotated");

      // the old key stops at once, the new one works
      assertProblem(camera.send(other), 401, "parking.key.unknown");
      assertThat(new BayCamera(base, newKeyId, shownSecret).send(other).statusCode())
          .isEqualTo(201);
    }
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(code);
  }
}
