package cn.evpark.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new staff account as the staff form says.
 *
 * @param operatorId the operator; ignored for an operator administrator (their own), none for a
 *     platform administrator
 * @param username the login name: 3–64 letters, digits, '.', '_' or '-'
 * @param displayName the name shown in the header
 * @param role what the account may do
 * @param password the first password ({@link Passwords#RULE})
 */
public record StaffDraft(
    Long operatorId,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}") String username,
    @NotBlank @Size(max = 100) String displayName,
    @NotNull StaffRole role,
    @NotNull @Pattern(regexp = Passwords.RULE, message = "{staff.password.weak}") String password)
    implements Serializable {

  @Override
  public String toString() {
    return "StaffDraft[" + username + ", " + role + "]";
  }
}
