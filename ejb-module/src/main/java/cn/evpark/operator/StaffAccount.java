package cn.evpark.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in to the admin pages. A platform administrator belongs to no operator; every
 * other account belongs to exactly one.
 *
 * <p>Life cycle of a login: each wrong password counts a failure; reaching the configured number of
 * failures locks the account until a time; a right password while locked is still refused; a
 * successful login clears the count.
 */
@Entity
@OperatorOwned("operator.id")
@Table(name = "staff_account")
public class StaffAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "operator_id")
  private Operator operator;

  @Column(nullable = false, length = 64, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private StaffRole role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected StaffAccount() {}

  public StaffAccount(
      Operator operator,
      String username,
      String displayName,
      String passwordHash,
      StaffRole role,
      LocalDateTime createdAt) {
    if ((role == StaffRole.PLATFORM_ADMIN) != (operator == null)) {
      throw new IllegalArgumentException(
          "a platform administrator has no operator, every other account has one");
    }
    this.operator = operator;
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = Objects.requireNonNull(role);
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Whether the account is locked at {@code now} (UTC). */
  public boolean isLockedAt(LocalDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account. */
  public void recordFailedLogin(LocalDateTime now, int maxFailures, Duration lockFor) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
    }
  }

  /** A successful login forgets earlier failures. */
  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** The administrator enables or disables the account; a disabled one cannot log in. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** A new password (changed by its owner, or reset by an administrator); lifts a lock. */
  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /** An administrator lifts the lock before its time. */
  public void unlock() {
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Long getId() {
    return id;
  }

  public Optional<Operator> getOperator() {
    return Optional.ofNullable(operator);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public StaffRole getRole() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public LocalDateTime getLockedUntil() {
    return lockedUntil;
  }
}
