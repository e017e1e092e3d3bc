package cn.evpark.parking;

import cn.evpark.shared.DomainException;

/**
 * A parking device's call is not authenticated ({@link ParkingSignature}): the API answers 401 with
 * the code, and nothing of the call is looked at further.
 */
public class ParkingAuthenticationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private ParkingAuthenticationException(String code, String message) {
    super(code, message);
  }

  /** {@code parking.auth.missing}: a header of the signature is missing. */
  static ParkingAuthenticationException missing(String header) {
    return new ParkingAuthenticationException("parking.auth.missing", "no " + header + " header");
  }

  /** {@code parking.key.unknown}: no station has this key (never issued, or rotated away). */
  static ParkingAuthenticationException unknownKey(String keyId) {
    return new ParkingAuthenticationException("parking.key.unknown", "unknown key " + keyId);
  }

  /** {@code parking.timestamp.stale}: no Unix time, or outside the replay window. */
  static ParkingAuthenticationException staleTimestamp(String timestamp) {
    return new ParkingAuthenticationException(
        "parking.timestamp.stale",
        "timestamp "
            + timestamp
            + " is not Unix seconds within "
            + ParkingSignature.REPLAY_WINDOW.toMinutes()
            + " minutes of now");
  }

  /** {@code parking.signature.invalid}. */
  static ParkingAuthenticationException badSignature() {
    return new ParkingAuthenticationException(
        "parking.signature.invalid", "the signature does not match the body and timestamp");
  }
}
