package cn.evpark.operator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks staff passwords with the container's PBKDF2 (HMAC-SHA256, 210,000 iterations,
 * 32-byte salt): the stored form carries its own algorithm and parameters, so old hashes stay
 * verifiable when the parameters change.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** A valid hash of a password nobody knows: unknown accounts cost as much as known ones. */
  private String decoy;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }

  /** Spends the time of one verification, for an account that does not exist. */
  public void burnOneVerification(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
