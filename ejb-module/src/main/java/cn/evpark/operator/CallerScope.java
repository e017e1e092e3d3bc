package cn.evpark.operator;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Scope} of the current EJB caller. Only two kinds of caller see anything:
 *
 * <ul>
 *   <li>staff, from their account: a platform administrator every operator, operator staff their
 *       own operator;
 *   <li>the platform itself, in role {@link #PLATFORM}: every operator. Nobody logs in with this
 *       role; the beans that act for the platform take it with {@code @RunAs(PLATFORM)} (the pile
 *       message MDB, the timers, the demo data at start-up, WeChat Pay's notices, the billing-model
 *       delivery).
 * </ul>
 *
 * <p>Every other caller gets nothing ({@link AccessDeniedException}, 403 at the API): an anonymous
 * one, a driver (whose services take the driver's own id instead and never ask for a scope), and a
 * caller with a staff role whose account is gone or disabled. A caller with a staff role is judged
 * by its account even if it also holds {@link #PLATFORM}.
 *
 * <p>Role mapping: {@code glassfish-web.xml} of the Micro WAR and {@code glassfish-application.xml}
 * of the EAR map {@link #PLATFORM} to the run-as principal {@value #PLATFORM_PRINCIPAL} alone (a
 * name no staff account or driver can have) and every other role to the group of the same name.
 */
@Stateless
@DeclareRoles({
  CallerScope.PLATFORM,
  "PLATFORM_ADMIN",
  "OPERATOR_ADMIN",
  "OPERATOR_STAFF",
  CallerScope.DRIVER
})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerScope {

  /** The role of a driver's token (driver API): drivers reach only their own data. */
  public static final String DRIVER = "DRIVER";

  /**
   * The role of the platform acting on its own (run-as only): platform-wide, like a platform
   * administrator.
   */
  public static final String PLATFORM = "PLATFORM";

  /**
   * The principal the descriptors map {@link #PLATFORM} to: the colon is outside staff user names
   * ({@code [A-Za-z0-9._-]}) and driver ids (digits), so no login can be it.
   */
  public static final String PLATFORM_PRINCIPAL = "evpark:platform";

  private static final Set<StaffRole> MAY_CHANGE =
      EnumSet.of(StaffRole.PLATFORM_ADMIN, StaffRole.OPERATOR_ADMIN);

  @Resource SessionContext context;
  @PersistenceContext EntityManager em;

  /**
   * What the caller may see.
   *
   * @throws AccessDeniedException for a caller that is neither staff with an enabled account nor
   *     the platform
   */
  public Scope current() {
    return caller().scope();
  }

  /**
   * What the caller may change: the same as {@link #current()}, refused for read-only accounts
   * (operator staff).
   */
  public Scope forChange() {
    Caller caller = caller();
    if (caller.role() != null && !MAY_CHANGE.contains(caller.role())) {
      throw new AccessDeniedException("this account may only read");
    }
    return caller.scope();
  }

  /**
   * Refuses callers other than a platform administrator or the platform itself ({@link
   * AccessDeniedException}).
   */
  public void requirePlatformAdmin() {
    Caller caller = caller();
    if (caller.role() != null && caller.role() != StaffRole.PLATFORM_ADMIN) {
      throw new AccessDeniedException("only a platform administrator may do this");
    }
  }

  /** The caller's staff account; empty for the platform itself and callers without one. */
  public Optional<StaffAccount> account() {
    Principal principal = context.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    // whose the caller is, before any scope is known
    return ScopedQuery.in(Scope.platform(), em)
        .from(StaffAccount.class, "a")
        .where("a.username = :u")
        .select("a", StaffAccount.class)
        .setParameter("u", principal.getName())
        .getResultStream()
        .findFirst();
  }

  private Caller caller() {
    if (context.isCallerInRole(DRIVER)) {
      throw new AccessDeniedException("a driver reaches only the driver's own data");
    }
    if (!hasStaffRole()) {
      if (context.isCallerInRole(PLATFORM)) {
        return new Caller(null, Scope.platform());
      }
      throw new AccessDeniedException("the caller is neither staff nor the platform");
    }
    Optional<StaffAccount> account = account();
    if (account.isEmpty()) {
      throw new AccessDeniedException("the caller's staff account does not exist");
    }
    StaffAccount staff = account.get();
    if (!staff.isEnabled()) {
      throw new AccessDeniedException("the caller's staff account is disabled");
    }
    Scope scope =
        staff.getOperator().map(o -> Scope.operator(o.getId())).orElseGet(Scope::platform);
    return new Caller(staff.getRole(), scope);
  }

  private boolean hasStaffRole() {
    for (StaffRole role : StaffRole.values()) {
      if (context.isCallerInRole(role.name())) {
        return true;
      }
    }
    return false;
  }

  /** Who calls: a staff role, or null for the platform itself (role {@link #PLATFORM}). */
  private record Caller(StaffRole role, Scope scope) {}
}
