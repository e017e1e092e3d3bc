package cn.evpark.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/** The logged-in staff account, for the page header; and logging out. */
@Named
@RequestScoped
public class CurrentStaff {

  @Inject SecurityContext security;
  @Inject ExternalContext external;

  public String getUsername() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "" : caller.getName();
  }

  public boolean isPlatformAdmin() {
    return security.isCallerInRole("PLATFORM_ADMIN");
  }

  /**
   * Whether the account may change anything (administrators); operator staff only read. The pages
   * hide their change actions by it; the services refuse them regardless.
   */
  public boolean isMayChange() {
    return isPlatformAdmin() || security.isCallerInRole("OPERATOR_ADMIN");
  }

  public void logout() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException alreadyOut) {
      // the session is ended below either way
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
