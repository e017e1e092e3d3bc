package cn.evpark.web.security;

import cn.evpark.operator.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The outcome of the login tried in this request, so the login page can say why it failed (wrong
 * password, locked, disabled) although Jakarta Security reports only "invalid".
 */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;

  void record(LoginOutcome outcome) {
    this.outcome = outcome;
  }

  public Optional<LoginOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }
}
