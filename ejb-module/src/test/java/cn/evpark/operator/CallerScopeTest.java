package cn.evpark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who sees what when no staff account decides it (charging-orders issue: "no caller without a role
 * sees anything"): the platform's own identity is platform-wide; an anonymous caller and a driver
 * get nothing. Staff scopes come from their accounts and are tested through the API
 * (TenantIsolationIT).
 */
class CallerScopeTest {

  @Test
  void platform_isPlatformWide_andMayChangeAndAdminister() {
    CallerScope scope = callerIn("evpark:platform", CallerScope.PLATFORM);

    assertThat(scope.current().isPlatformWide()).isTrue();
    assertThat(scope.forChange().isPlatformWide()).isTrue();
    scope.requirePlatformAdmin();
  }

  @Test
  void anonymousCaller_getsNothing() {
    CallerScope scope = callerIn("ANONYMOUS");

    assertThatThrownBy(scope::current).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(scope::forChange).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(scope::requirePlatformAdmin).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void callerWithoutAPrincipal_getsNothing() {
    CallerScope scope = callerIn(null);

    assertThatThrownBy(scope::current).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void driver_getsNothing_evenWithThePlatformRole() {
    CallerScope driver = callerIn("42", CallerScope.DRIVER);
    CallerScope confused = callerIn("42", CallerScope.DRIVER, CallerScope.PLATFORM);

    assertThatThrownBy(driver::current).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(driver::requirePlatformAdmin).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(confused::current).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void platformPrincipal_isNoStaffUserName_norDriverId() {
    assertThat(CallerScope.PLATFORM_PRINCIPAL).doesNotMatch("[A-Za-z0-9._-]{3,64}");
    assertThat(CallerScope.PLATFORM_PRINCIPAL).doesNotMatch("\\d+");
  }

  /** A CallerScope whose caller has this principal (null: none) and these roles. */
  private static CallerScope callerIn(String principal, String... roles) {
    Set<String> held = Set.of(roles);
    Principal caller = principal == null ? null : () -> principal;
    CallerScope scope = new CallerScope();
    scope.context =
        (SessionContext)
            Proxy.newProxyInstance(
                SessionContext.class.getClassLoader(),
                new Class<?>[] {SessionContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isCallerInRole" -> held.contains((String) args[0]);
                      case "getCallerPrincipal" -> caller;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return scope;
  }
}
