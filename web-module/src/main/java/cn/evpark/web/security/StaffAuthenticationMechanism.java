package cn.evpark.web.security;

import cn.evpark.operator.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How staff and drivers authenticate: the login page (form, session afterwards) for people, HTTP
 * Basic on every request for integrators calling {@code /api/admin/*}.
 *
 * <ul>
 *   <li>The login page calls {@code SecurityContext.authenticate} with the typed credential; a
 *       valid one is remembered in the HTTP session (under a new session id).
 *   <li>A request with an {@code Authorization: Basic} header is checked on its own and creates no
 *       session.
 *   <li>A request with an {@code Authorization: Bearer} header carries a driver's token ({@link
 *       DriverTokens}): the caller is the driver, in role {@code DRIVER}, and no session either.
 *   <li>A protected page without a session redirects to the login page, remembering where to go
 *       back and whether the session had expired; a protected API call answers 401. A Faces ajax
 *       request (a button of a page left open past the session timeout) gets the redirect as a
 *       partial response, the only answer its script follows: a bare 302 would be fetched as the
 *       ajax response and the click would silently do nothing (issue 18).
 * </ul>
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String SESSION_KEY = StaffAuthenticationMechanism.class.getName();

  /** Who logged in on this session. */
  private record SessionLogin(String username, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identityStores;
  @Inject DriverTokens driverTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return login(credential, request, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionLogin login) {
      return context.notifyContainerAboutLogin(login.username(), login.groups());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), request, context);
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(context);
    }
    String login =
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + next(request)
            + (sessionExpired(request) ? "&" + LoginPage.EXPIRED + "=true" : "");
    if (isFacesAjax(request)) {
      return partialRedirect(login, context);
    }
    return context.redirect(login);
  }

  /**
   * The redirect a Faces ajax request follows (Jakarta Faces 4.0 §13.4.4, {@code <redirect>} of a
   * partial response): status 200, the browser's script loads {@code location}.
   */
  private static AuthenticationStatus partialRedirect(String location, HttpMessageContext context) {
    HttpServletResponse response = context.getResponse();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"/></partial-response>");
    } catch (IOException clientGone) {
      // nothing more to tell a client that is gone
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** A Faces ajax request: its script sends this header (Jakarta Faces 4.0 §13.2.1). */
  private static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** The browser sent a session id the server no longer knows: the session timed out. */
  private static boolean sessionExpired(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }

  private AuthenticationStatus login(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // The login page renders the reason; no error page.
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession()
        .setAttribute(
            SESSION_KEY,
            new SessionLogin(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletRequest request, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return unauthorized(context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return unauthorized(context);
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** A driver's token (driver API): the caller is the driver's id, in role DRIVER. */
  private AuthenticationStatus bearer(String token, HttpMessageContext context) {
    return driverTokens
        .verify(token)
        .map(
            driver ->
                context.notifyContainerAboutLogin(
                    Long.toString(driver.driverId()), Set.of(CallerScope.DRIVER)))
        .orElseGet(
            // a stale token sent to a public page (the login itself) is no reason to refuse it
            () -> context.isProtected() ? unauthorized(context) : context.doNothing());
  }

  private static AuthenticationStatus unauthorized(HttpMessageContext context) {
    HttpServletResponse response = context.getResponse();
    response.setHeader("WWW-Authenticate", "Basic realm=\"evpark\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    try {
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"code\":\"auth.required\","
                  + "\"detail\":\"Send the credentials of a staff account (HTTP Basic)"
                  + " or a driver's token (Bearer).\"}");
    } catch (IOException clientGone) {
      // nothing more to tell a client that is gone
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String next(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
  }
}
