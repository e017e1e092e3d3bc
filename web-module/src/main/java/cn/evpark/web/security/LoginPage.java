package cn.evpark.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.evpark.operator.LoginOutcome;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The login page (登录): account and password, with a clear message when it fails. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject LoginAttempt attempt;
  @Inject FacesContext faces;
  @Inject Messages messages;

  @NotBlank
  @Size(max = 64)
  private String username;

  @NotBlank
  @Size(max = 128)
  private String password;

  /** The query parameter saying that the login page was reached because a session expired. */
  public static final String EXPIRED = "expired";

  private String next;
  private boolean expired;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
      default -> faces.addMessage(null, failureMessage());
    }
  }

  /**
   * On opening the page: after a session timed out, says so, and that the page left open comes back
   * after logging in.
   */
  public void explain() {
    if (expired && !faces.isPostback()) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get("login.expired"), null));
    }
  }

  private FacesMessage failureMessage() {
    String text =
        attempt
            .outcome()
            .map(
                outcome -> {
                  if (outcome instanceof LoginOutcome.Locked locked) {
                    return messages.format(
                        "login.locked", BusinessCalendar.display(locked.until()));
                  }
                  if (outcome instanceof LoginOutcome.Disabled) {
                    return messages.get("login.disabled");
                  }
                  return messages.get("login.rejected");
                })
            .orElseGet(() -> messages.get("login.rejected"));
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }

  /** Only paths inside this application: never an open redirect. */
  private String safeNext() {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      return next;
    }
    return "/admin/index.xhtml";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }
}
