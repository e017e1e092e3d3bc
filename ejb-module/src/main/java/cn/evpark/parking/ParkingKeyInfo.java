package cn.evpark.parking;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A station's parking-device key without its secret.
 *
 * @param keyId what devices send as {@code X-Parking-Key}
 * @param issuedAt UTC
 * @param issuedBy the staff account's login name
 */
public record ParkingKeyInfo(long stationId, String keyId, LocalDateTime issuedAt, String issuedBy)
    implements Serializable {}
