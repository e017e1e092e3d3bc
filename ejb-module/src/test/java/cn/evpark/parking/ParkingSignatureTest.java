package cn.evpark.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParkingSignatureTest {

  static final String SECRET = "a-station-secret";
  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());
  static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void sign_isTheHmacOfTimestampLineFeedAndBody_inLowerCaseHex() {
    // printf '1796083200\n{"eventId":"e1"}' | openssl dgst -sha256 -hmac a-station-secret
    assertThat(ParkingSignature.sign(SECRET, "1796083200", BODY))
        .isEqualTo("0c4505f1eee86b4215db688d96619dad1c79b85d7ff435bf8338224aa3e1722c");
  }

  @Test
  void verify_acceptsItsOwnSignature_inEitherCase() {
    String signature = ParkingSignature.sign(SECRET, TIMESTAMP, BODY);

    ParkingSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW);
    ParkingSignature.verify(SECRET, TIMESTAMP, signature.toUpperCase(), BODY, NOW.plusSeconds(300));
  }

  @Test
  void verify_refusesAnotherBodyOrSecret() {
    String signature = ParkingSignature.sign(SECRET, TIMESTAMP, BODY);

    assertThatThrownBy(
            () ->
                ParkingSignature.verify(
                    SECRET, TIMESTAMP, signature, "{\"eventId\":\"e2\"}".getBytes(), NOW))
        .hasFieldOrPropertyWithValue("code", "parking.signature.invalid");
    assertThatThrownBy(() -> ParkingSignature.verify("other", TIMESTAMP, signature, BODY, NOW))
        .hasFieldOrPropertyWithValue("code", "parking.signature.invalid");
  }

  @Test
  void verify_refusesATimestampOutsideFiveMinutes_orNoNumber() {
    String signature = ParkingSignature.sign(SECRET, TIMESTAMP, BODY);

    assertThatThrownBy(
            () -> ParkingSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW.plusSeconds(301)))
        .hasFieldOrPropertyWithValue("code", "parking.timestamp.stale");
    assertThatThrownBy(
            () ->
                ParkingSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW.minusSeconds(301)))
        .hasFieldOrPropertyWithValue("code", "parking.timestamp.stale");
    assertThatThrownBy(() -> ParkingSignature.verify(SECRET, "yesterday", signature, BODY, NOW))
        .hasFieldOrPropertyWithValue("code", "parking.timestamp.stale");
  }
}
