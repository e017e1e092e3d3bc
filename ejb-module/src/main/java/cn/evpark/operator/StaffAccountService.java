package cn.evpark.operator;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff accounts: checking a login, changing one's own password, and the administrators' staff
 * management, within the caller's {@link Scope}. A platform administrator manages every account; an
 * operator administrator the operator accounts of their operator; operator staff only their own
 * password.
 */
@Stateless
public class StaffAccountService {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @EJB CallerScope callers;
  @EJB OperatorService operators;

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

  /** Creates an account (员工管理 新增). */
  public StaffAccount create(@Valid @NotNull StaffDraft draft) {
    Scope scope = callers.forChange();
    if (draft.role() == StaffRole.PLATFORM_ADMIN && !scope.isPlatformWide()) {
      throw new AccessDeniedException("only a platform administrator creates another");
    }
    Operator operator = null;
    if (draft.role() != StaffRole.PLATFORM_ADMIN) {
      long operatorId =
          scope
              .operatorId()
              .or(() -> Optional.ofNullable(draft.operatorId()))
              .orElseThrow(StaffOperatorRequiredException::new);
      operator =
          operators
              .find(operatorId)
              .orElseThrow(() -> new NotFoundException("operator.notFound", "no such operator"));
    }
    if (findByUsername(draft.username()).isPresent()) {
      throw new UsernameTakenException();
    }
    StaffAccount account =
        new StaffAccount(
            operator,
            draft.username(),
            draft.displayName().strip(),
            hasher.hash(draft.password().toCharArray()),
            draft.role(),
            LocalDateTime.now(clock));
    em.persist(account);
    em.flush(); // the identity id, for the caller
    return account;
  }

  /** The accounts the caller may manage or see, by user name. */
  public List<StaffSummary> list() {
    return ScopedQuery.in(callers.current(), em)
        .from(StaffAccount.class, "a")
        .orderBy("a.username")
        .select("a", StaffAccount.class)
        .getResultStream()
        .map(StaffSummary::of)
        .toList();
  }

  /** Enables or disables an account; nobody disables their own. */
  public void setEnabled(long id, boolean enabled) {
    StaffAccount account = getForChange(id);
    if (!enabled && callers.account().map(a -> a.getId().equals(account.getId())).orElse(false)) {
      throw new AccessDeniedException("an account cannot disable itself");
    }
    account.setEnabled(enabled);
  }

  /** Gives an account a new password chosen by the administrator, and lifts its lock. */
  public void resetPassword(
      long id,
      @NotNull @Pattern(regexp = Passwords.RULE, message = "{staff.password.weak}")
          String password) {
    getForChange(id).changePassword(hasher.hash(password.toCharArray()));
  }

  /** Lifts the lock of an account before its time. */
  public void unlock(long id) {
    getForChange(id).unlock();
  }

  /** 修改密码: the caller's own, with the current one. Open to every role. */
  public void changeOwnPassword(
      @NotNull String current,
      @NotNull @Pattern(regexp = Passwords.RULE, message = "{staff.password.weak}")
          String password) {
    StaffAccount account =
        callers.account().orElseThrow(() -> new AccessDeniedException("no staff account"));
    if (!hasher.matches(current.toCharArray(), account.getPasswordHash())) {
      throw new WrongPasswordException();
    }
    account.changePassword(hasher.hash(password.toCharArray()));
  }

  private StaffAccount getForChange(long id) {
    Scope scope = callers.forChange();
    return Optional.ofNullable(em.find(StaffAccount.class, id))
        .filter(
            a -> a.getOperator().map(o -> scope.covers(o.getId())).orElse(scope.isPlatformWide()))
        .orElseThrow(() -> new NotFoundException("staff.notFound", "no staff account " + id));
  }

  /** The user name is taken. */
  public static class UsernameTakenException extends DomainException {
    private static final long serialVersionUID = 1L;

    UsernameTakenException() {
      super("staff.username.taken", "an account of this user name exists");
    }
  }

  /** An operator account needs its operator. */
  public static class StaffOperatorRequiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    StaffOperatorRequiredException() {
      super("staff.operator.required", "an operator account needs its operator");
    }
  }

  /** The current password given is wrong. */
  public static class WrongPasswordException extends DomainException {
    private static final long serialVersionUID = 1L;

    WrongPasswordException() {
      super("staff.password.wrong", "the current password is wrong");
    }
  }

  public Optional<StaffAccount> findByUsername(String username) {
    // usernames are unique across the platform (login, the identity store)
    return ScopedQuery.in(Scope.platform(), em)
        .from(StaffAccount.class, "a")
        .where("a.username = :u")
        .select("a", StaffAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return ScopedQuery.in(Scope.platform(), em)
        .from(StaffAccount.class, "a")
        .select("count(a)", Long.class)
        .getSingleResult();
  }
}
