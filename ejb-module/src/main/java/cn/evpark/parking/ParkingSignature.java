package cn.evpark.parking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a station's parking devices sign their calls ({@code parking.md §1}): HMAC-SHA256, keyed by
 * the station's secret, of the request's timestamp (Unix seconds, as sent in {@code
 * X-Parking-Timestamp}), a line feed, and the raw body; sent as lower-case hex in {@code
 * X-Parking-Signature}. A timestamp more than {@link #REPLAY_WINDOW} away from the platform's clock
 * is refused, so a captured request cannot be replayed later; within the window a replay is
 * harmless, as every event carries the device's own id.
 */
public final class ParkingSignature {

  /** How far a request's timestamp may be from now, either way. */
  public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

  private ParkingSignature() {}

  /** The signature of a request, lower-case hex. */
  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '\n');
      mac.update(body);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * Checks a request's timestamp and signature.
   *
   * @throws ParkingAuthenticationException {@code parking.timestamp.stale} for a timestamp that is
   *     no number of seconds or outside the window, {@code parking.signature.invalid} for a
   *     signature that does not match (compared in constant time)
   */
  public static void verify(
      String secret, String timestamp, String signature, byte[] body, Instant now) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw ParkingAuthenticationException.staleTimestamp(timestamp);
    }
    if (Math.abs(seconds - now.getEpochSecond()) > REPLAY_WINDOW.toSeconds()) {
      throw ParkingAuthenticationException.staleTimestamp(timestamp);
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw ParkingAuthenticationException.badSignature();
    }
  }
}
