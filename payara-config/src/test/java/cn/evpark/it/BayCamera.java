package cn.evpark.it;

import cn.evpark.parking.ParkingSignature;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * A fake bay camera (车位管理相机) of a station: reports events to {@code /api/parking/bay-events},
 * signed with the station's key as {@code parking.ParkingSignature} says.
 *
 * @param keyId the station's key id
 * @param secret its secret
 */
public record BayCamera(URL app, String keyId, String secret) {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** Issues the station's key as its staff would, and returns a camera using it. */
  public static BayCamera issue(URL app, Http staff, long stationId) throws Exception {
    HttpResponse<String> issued = staff.post("api/admin/parking/stations/" + stationId + "/key");
    if (issued.statusCode() != 201) {
      throw new AssertionError("key of station " + stationId + ": " + issued.body());
    }
    return new BayCamera(
        app, Json.field(issued.body(), "keyId"), Json.field(issued.body(), "secret"));
  }

  /** Sends a body signed now. */
  public HttpResponse<String> send(String body) throws Exception {
    return sendSignedAs(body, secret, Instant.now().getEpochSecond());
  }

  /** The status of a call signed now, for calls made in parallel. */
  public int sendQuietly(String body) {
    try {
      return send(body).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a body signed with {@code signingSecret} at {@code timestamp} (Unix seconds). */
  public HttpResponse<String> sendSignedAs(String body, String signingSecret, long timestamp)
      throws Exception {
    return post("api/parking/bay-events", body, signingSecret, timestamp);
  }

  /**
   * Posts a body signed now with the station's key to another of the station's endpoints, as the
   * car park's parking system does (e.g. {@code api/parking/reduction-redemptions}).
   */
  public HttpResponse<String> sendTo(String path, String body) throws Exception {
    return post(path, body, secret, Instant.now().getEpochSecond());
  }

  private HttpResponse<String> post(String path, String body, String signingSecret, long timestamp)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String ts = String.valueOf(timestamp);
    return CLIENT.send(
        HttpRequest.newBuilder(app.toURI().resolve(path))
            .header("Content-Type", "application/json")
            .header("X-Parking-Key", keyId)
            .header("X-Parking-Timestamp", ts)
            .header("X-Parking-Signature", ParkingSignature.sign(signingSecret, ts, bytes))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A small real JPEG, as a camera's snapshot. */
  public static byte[] jpeg() {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(8, 8, 32, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * An event's body.
   *
   * @param plate null for a lock's event
   * @param time ISO-8601 with offset
   * @param photo JPEG bytes, or null
   */
  public static String event(
      String id, String kind, String bay, String plate, String time, byte[] photo) {
    return "{\"eventId\":\"%s\",\"kind\":\"%s\",\"bayNumber\":\"%s\",%s\"time\":\"%s\"%s}"
        .formatted(
            id,
            kind,
            bay,
            plate == null ? "" : "\"plate\":\"" + plate + "\",",
            time,
            photo == null
                ? ""
                : ",\"photo\":\"" + Base64.getEncoder().encodeToString(photo) + "\"");
  }
}
