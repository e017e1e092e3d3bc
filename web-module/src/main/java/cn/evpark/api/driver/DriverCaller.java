package cn.evpark.api.driver;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The driver calling the driver API: the caller's name is the driver's id (DriverTokens). */
final class DriverCaller {

  private DriverCaller() {}

  static long id(SecurityContext security) {
    if (security.getUserPrincipal() == null || !security.isUserInRole("DRIVER")) {
      throw new NotAuthorizedException("Bearer realm=\"evpark\"");
    }
    try {
      return Long.parseLong(security.getUserPrincipal().getName());
    } catch (NumberFormatException e) {
      throw new NotAuthorizedException("Bearer realm=\"evpark\"");
    }
  }
}
