package cn.evpark.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer tokens of the driver API: JWTs signed RS256 with the platform's own key, in
 * MicroProfile JWT's claim layout ({@code iss}, {@code sub} = the driver's id, {@code upn} = the
 * phone, {@code groups} = [DRIVER], {@code exp}, {@code jti}).
 *
 * <p>The key pair comes from configuration ({@code ykc.driver-token.private-key}, PKCS#8, and
 * {@code ykc.driver-token.public-key}, X.509, both Base64 DER or PEM), the same on every instance
 * of a cluster. Without it a key pair is generated at start: tokens then last until the restart,
 * which suits the demo.
 *
 * <p>A token of its own is the only mechanism: Jakarta Security 3 allows one authentication
 * mechanism per application, and the staff's ({@link StaffAuthenticationMechanism}) checks these
 * tokens on {@code Authorization: Bearer}.
 */
@ApplicationScoped
public class DriverTokens {

  static final String ISSUER = "evpark";
  static final Duration LIFETIME = Duration.ofDays(7);

  private static final Logger LOG = Logger.getLogger(DriverTokens.class.getName());

  @Inject
  @ConfigProperty(name = "ykc.driver-token.private-key")
  Optional<String> configuredPrivateKey;

  @Inject
  @ConfigProperty(name = "ykc.driver-token.public-key")
  Optional<String> configuredPublicKey;

  @Inject Clock clock;

  private RSAPrivateKey privateKey;
  private RSAPublicKey publicKey;

  /** A driver named by a valid token. */
  public record DriverClaims(long driverId, String phone) {}

  @PostConstruct
  void keys() {
    try {
      if (configuredPrivateKey.isPresent() != configuredPublicKey.isPresent()) {
        throw new IllegalStateException(
            "set both ykc.driver-token.private-key and ykc.driver-token.public-key, or neither");
      }
      if (configuredPrivateKey.isPresent()) {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        privateKey =
            (RSAPrivateKey)
                rsa.generatePrivate(new PKCS8EncodedKeySpec(der(configuredPrivateKey.get())));
        publicKey =
            (RSAPublicKey)
                rsa.generatePublic(new X509EncodedKeySpec(der(configuredPublicKey.get())));
        if (!privateKey.getModulus().equals(publicKey.getModulus())) {
          throw new IllegalStateException("ykc.driver-token keys are not one key pair");
        }
      } else {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        privateKey = (RSAPrivateKey) pair.getPrivate();
        publicKey = (RSAPublicKey) pair.getPublic();
        LOG.warning(
            "ykc.driver-token.private-key and .public-key are not set: driver tokens are signed"
                + " with a key generated now and end with this run");
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("ykc.driver-token keys are not an RSA key pair", e);
    }
  }

  /** A token for the driver, valid for {@link #LIFETIME}. */
  public String issue(long driverId, String phone) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(Long.toString(driverId))
            .claim("upn", phone)
            .claim("groups", List.of("DRIVER"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    try {
      jwt.sign(new RSASSASigner(privateKey));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a driver token", e);
    }
    return jwt.serialize();
  }

  /**
   * The driver of a token that is well formed, signed by this platform's key, issued by it, a
   * driver's, and not expired; empty otherwise.
   */
  public Optional<DriverClaims> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier(publicKey))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      List<String> groups = claims.getStringListClaim("groups");
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !expires.toInstant().isAfter(clock.instant())
          || groups == null
          || !groups.contains("DRIVER")) {
        return Optional.empty();
      }
      return Optional.of(
          new DriverClaims(Long.parseLong(claims.getSubject()), claims.getStringClaim("upn")));
    } catch (ParseException | JOSEException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static byte[] der(String key) {
    String base64 = key.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
