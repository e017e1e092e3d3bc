package cn.evpark.operator;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Staff accounts: creating them and checking a login. */
@Stateless
public class StaffAccountService {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "ykc.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "ykc.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  /**
   * Checks a password and records the attempt. A locked or disabled account is refused even with
   * the right password; the attempt on a locked account does not extend the lock.
   */
  public LoginOutcome login(String username, char[] password) {
    Optional<StaffAccount> found = findByUsername(username);
    if (found.isEmpty()) {
      hasher.burnOneVerification(password);
      return new LoginOutcome.Rejected();
    }
    StaffAccount account = found.get();
    LocalDateTime now = LocalDateTime.now(clock);
    if (account.isLockedAt(now)) {
      return new LoginOutcome.Locked(account.getLockedUntil());
    }
    if (!hasher.matches(password, account.getPasswordHash())) {
      account.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
      return account.isLockedAt(now)
          ? new LoginOutcome.Locked(account.getLockedUntil())
          : new LoginOutcome.Rejected();
    }
    if (!account.isEnabled()) {
      return new LoginOutcome.Disabled();
    }
    account.recordSuccessfulLogin();
    return new LoginOutcome.Accepted(
        account.getUsername(),
        account.getDisplayName(),
        account.getRole(),
        account.getOperator().map(Operator::getId));
  }

  /** Creates the platform administrator unless an account of that name exists. */
  public boolean createPlatformAdminIfAbsent(String username, char[] password) {
    if (findByUsername(username).isPresent()) {
      return false;
    }
    em.persist(
        new StaffAccount(
            null,
            username,
            "Platform administrator",
            hasher.hash(password),
            StaffRole.PLATFORM_ADMIN,
            LocalDateTime.now(clock)));
    return true;
  }

  public Optional<StaffAccount> findByUsername(String username) {
    return em.createQuery("select a from StaffAccount a where a.username = :u", StaffAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult();
  }
}
