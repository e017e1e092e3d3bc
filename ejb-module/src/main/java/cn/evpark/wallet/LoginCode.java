package cn.evpark.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The one-time code last sent to a phone for a driver's login. Valid for {@link #VALID_FOR}, used
 * once, and dead after {@link #MAX_FAILURES} wrong tries; only its SHA-256 is stored.
 *
 * <p>Life cycle: sent → used, or expired, or exhausted; a new code replaces it.
 */
@Entity
@Table(name = "driver_login_code")
public class LoginCode {

  /** How long a code may be used. */
  public static final Duration VALID_FOR = Duration.ofMinutes(5);

  /** How soon a new code may be sent to the same phone. */
  public static final Duration RESEND_AFTER = Duration.ofSeconds(60);

  /** Wrong codes after which the code is dead. */
  public static final int MAX_FAILURES = 5;

  @Id
  @Column(length = 11)
  private String phone;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "sent_at", nullable = false)
  private LocalDateTime sentAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(nullable = false)
  private int failures;

  @Column(nullable = false)
  private boolean used;

  @Version private long version;

  protected LoginCode() {}

  LoginCode(String phone, String code, LocalDateTime now) {
    this.phone = phone;
    replace(code, now);
  }

  /** Whether another code may be sent now. */
  boolean maySendAgain(LocalDateTime now) {
    return !now.isBefore(sentAt.plus(RESEND_AFTER));
  }

  void replace(String code, LocalDateTime now) {
    codeHash = hash(code);
    sentAt = now;
    expiresAt = now.plus(VALID_FOR);
    failures = 0;
    used = false;
  }

  /**
   * Uses the code if {@code typed} is it and it is still good; a wrong one counts.
   *
   * @return whether the login may go ahead
   */
  boolean use(String typed, LocalDateTime now) {
    if (used || failures >= MAX_FAILURES || now.isAfter(expiresAt)) {
      return false;
    }
    if (!MessageDigest.isEqual(
        hash(typed == null ? "" : typed).getBytes(StandardCharsets.US_ASCII),
        codeHash.getBytes(StandardCharsets.US_ASCII))) {
      failures++;
      return false;
    }
    used = true;
    return true;
  }

  private static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
