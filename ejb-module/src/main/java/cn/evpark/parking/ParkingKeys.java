package cn.evpark.parking;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * The stations' keys for their parking devices ({@code parking.md §1}): issued and rotated by staff
 * in the station's settings, checked on every device call.
 */
@Stateless
public class ParkingKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @EJB StationService stations;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * Issues the station's key, replacing the one it had: devices still signing with the old secret
   * are refused from now on.
   *
   * @return the key with its secret, which is never shown again
   * @throws cn.evpark.shared.NotFoundException when the station is not in the caller's scope
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public IssuedParkingKey issue(long stationId) {
    Station station = stations.getForChange(stationId);
    ParkingKey key = em.find(ParkingKey.class, stationId);
    if (key == null) {
      key = new ParkingKey(stationId, station.getOperator().getId());
      em.persist(key);
    }
    String secret = random(32);
    key.issue(
        "pk_" + random(15),
        secret,
        context.getCallerPrincipal().getName(),
        LocalDateTime.now(clock));
    return new IssuedParkingKey(key.info(), secret);
  }

  /**
   * The station's key without its secret; empty when none was issued.
   *
   * @throws cn.evpark.shared.NotFoundException when the station is not in the caller's scope
   */
  public Optional<ParkingKeyInfo> of(long stationId) {
    stations.get(stationId);
    return Optional.ofNullable(em.find(ParkingKey.class, stationId)).map(ParkingKey::info);
  }

  /**
   * The station whose device signed a call ({@link ParkingSignature}).
   *
   * @param keyId {@code X-Parking-Key}
   * @param timestamp {@code X-Parking-Timestamp}
   * @param signature {@code X-Parking-Signature}
   * @param body the raw body, as signed
   * @return the station's id
   * @throws ParkingAuthenticationException when a header is missing, the key unknown, the timestamp
   *     stale or the signature wrong
   */
  public long authenticate(String keyId, String timestamp, String signature, byte[] body) {
    require(keyId, "X-Parking-Key");
    require(timestamp, "X-Parking-Timestamp");
    require(signature, "X-Parking-Signature");
    ParkingKey key =
        ScopedQuery.in(Scope.platform(), em)
            .from(ParkingKey.class, "k")
            .where("k.keyId = :key")
            .select("k", ParkingKey.class)
            .setParameter("key", keyId.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> ParkingAuthenticationException.unknownKey(keyId));
    ParkingSignature.verify(key.getSecret(), timestamp.strip(), signature, body, clock.instant());
    return key.getStationId();
  }

  private static void require(String header, String name) {
    if (header == null || header.isBlank()) {
      throw ParkingAuthenticationException.missing(name);
    }
  }

  /** {@code bytes} random bytes, base64url without padding. */
  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
