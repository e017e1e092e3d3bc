package cn.evpark.parking;

import cn.evpark.shared.PlateNumbers;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of one {@link BayEventReport}, field by field, collecting every broken rule so the
 * device's integrator sees them all at once. Each method returns the field's value, or null when it
 * is broken.
 */
final class BayEventCheck {

  /** The largest photo taken, decoded. */
  static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

  /** How far ahead of the platform's clock a device's time may be. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private final Instant now;
  private final List<RuleViolation> violations = new ArrayList<>();

  BayEventCheck(Instant now) {
    this.now = now;
  }

  void eventId(String eventId) {
    if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
      broken("eventId", "parking.eventId.invalid", "1..64 of A-Z a-z 0-9 - _ . :");
    }
  }

  BayEventKind kind(String kind) {
    try {
      return BayEventKind.valueOf(kind == null ? "" : kind.strip());
    } catch (IllegalArgumentException e) {
      broken(
          "kind",
          "parking.kind.invalid",
          "one of VEHICLE_IN, VEHICLE_OUT, LOCK_RAISED, LOCK_LOWERED");
      return null;
    }
  }

  String plate(BayEventKind kind, String plate) {
    String normalised = PlateNumbers.normalise(plate);
    if (kind != null && !kind.seesVehicle()) {
      return normalised.isEmpty() ? null : normalised;
    }
    if (!PlateNumbers.isPlate(normalised)) {
      broken("plate", "parking.plate.invalid", "a plate (7 characters, 8 for new energy)");
    }
    return normalised;
  }

  Instant time(String time) {
    try {
      Instant seen = OffsetDateTime.parse(time == null ? "" : time.strip()).toInstant();
      if (seen.isAfter(now.plus(CLOCK_SKEW))) {
        broken("time", "parking.time.future", "later than now");
      }
      return seen;
    } catch (DateTimeParseException e) {
      broken("time", "parking.time.invalid", "ISO-8601 with an offset, 2026-12-01T08:00+08:00");
      return null;
    }
  }

  /** A photo as decoded. */
  record Photo(byte[] bytes, String extension) {}

  Photo photo(String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    String extension = imageType(bytes);
    if (extension == null || bytes.length > MAX_PHOTO_BYTES) {
      broken(
          "photo",
          "parking.photo.invalid",
          "a JPEG or PNG in base64, at most " + MAX_PHOTO_BYTES + " bytes");
      return null;
    }
    return new Photo(bytes, extension);
  }

  /** {@code jpg} or {@code png} by the file's signature, else null. */
  private static String imageType(byte[] bytes) {
    if (bytes.length > 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return "jpg";
    }
    if (bytes.length > 8
        && (bytes[0] & 0xFF) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G') {
      return "png";
    }
    return null;
  }

  /** Records a broken rule of a field. */
  void broken(String field, String code, String message) {
    violations.add(new RuleViolation(field, code, List.of(), message));
  }

  /**
   * @throws RuleViolationException {@code parking.event.invalid} when a rule is broken
   */
  void throwIfBroken() {
    if (!violations.isEmpty()) {
      throw new RuleViolationException("parking.event.invalid", violations);
    }
  }
}
