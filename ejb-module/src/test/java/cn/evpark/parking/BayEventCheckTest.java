package cn.evpark.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BayEventCheckTest {

  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

  @Test
  void aGoodCameraEvent_passes_withItsPlateNormalisedAndItsTimeInUtc() {
    BayEventCheck check = new BayEventCheck(NOW);

    check.eventId("cam-7:000123");
    BayEventKind kind = check.kind("VEHICLE_IN");
    String plate = check.plate(kind, " 粤b12345 ");
    Instant time = check.time("2026-12-01T07:58:00+08:00");
    BayEventCheck.Photo photo = check.photo(Base64.getEncoder().encodeToString(JPEG));
    check.throwIfBroken();

    assertThat(kind).isEqualTo(BayEventKind.VEHICLE_IN);
    assertThat(plate).isEqualTo("粤B12345");
    assertThat(time).isEqualTo(Instant.parse("2026-11-30T23:58:00Z"));
    assertThat(photo.extension()).isEqualTo("jpg");
  }

  @Test
  void aLockEvent_needsNoPlate_andNoPhoto() {
    BayEventCheck check = new BayEventCheck(NOW);

    assertThat(check.plate(check.kind("LOCK_RAISED"), null)).isNull();
    assertThat(check.photo(null)).isNull();
    check.throwIfBroken();
  }

  @Test
  void everyBrokenField_isNamed_atOnce() {
    BayEventCheck check = new BayEventCheck(NOW);

    check.eventId("has spaces");
    BayEventKind kind = check.kind("ARRIVED");
    check.plate(BayEventKind.VEHICLE_OUT, "B12345");
    check.time("2026-12-01 08:00");
    check.photo(Base64.getEncoder().encodeToString("not an image".getBytes()));

    assertThat(kind).isNull();
    assertThatThrownBy(check::throwIfBroken)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field, RuleViolation::code)
                    .containsExactly(
                        tuple("eventId", "parking.eventId.invalid"),
                        tuple("kind", "parking.kind.invalid"),
                        tuple("plate", "parking.plate.invalid"),
                        tuple("time", "parking.time.invalid"),
                        tuple("photo", "parking.photo.invalid")));
  }

  @Test
  void aTimeAheadOfTheClock_beyondFiveMinutes_isRefused_butALateOneIsKept() {
    BayEventCheck check = new BayEventCheck(NOW);

    check.time("2026-12-01T08:05:00+08:00");
    check.throwIfBroken();
    check.time("2026-11-20T08:00:00+08:00");
    check.throwIfBroken();
    check.time("2026-12-01T08:05:01+08:00");

    assertThatThrownBy(check::throwIfBroken).hasMessageContaining("later than now");
  }

  @Test
  void aPhotoOverTwoMebibytes_isRefused() {
    byte[] big = new byte[BayEventCheck.MAX_PHOTO_BYTES + 1];
    System.arraycopy(JPEG, 0, big, 0, JPEG.length);
    BayEventCheck check = new BayEventCheck(NOW);

    check.photo(Base64.getEncoder().encodeToString(big));

    assertThatThrownBy(check::throwIfBroken).hasMessageContaining("photo");
  }
}
