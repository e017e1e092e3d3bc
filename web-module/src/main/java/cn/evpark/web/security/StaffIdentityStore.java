package cn.evpark.web.security;

import cn.evpark.operator.LoginOutcome;
import cn.evpark.operator.StaffAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The identity store of the admin pages and API: staff accounts in the application database, PBKDF2
 * password hashes, lockout after repeated failures (all decided by {@link StaffAccountService}).
 * The caller's groups are its role.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @EJB StaffAccountService accounts;
  @Inject LoginAttempt attempt;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginOutcome outcome =
        accounts.login(credential.getCaller(), credential.getPassword().getValue());
    attempt.record(outcome);
    if (outcome instanceof LoginOutcome.Accepted accepted) {
      return new CredentialValidationResult(accepted.username(), Set.of(accepted.role().name()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
