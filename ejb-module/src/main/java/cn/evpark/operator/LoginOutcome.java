package cn.evpark.operator;

import java.time.LocalDateTime;
import java.util.Optional;

/** What became of one login attempt. */
public sealed interface LoginOutcome {

  /** The password was right; the account may use the admin pages in its role. */
  record Accepted(String username, String displayName, StaffRole role, Optional<Long> operatorId)
      implements LoginOutcome {}

  /** Unknown account or wrong password: the page says so without telling which. */
  record Rejected() implements LoginOutcome {}

  /** Too many wrong passwords: no login until {@code until} (UTC). */
  record Locked(LocalDateTime until) implements LoginOutcome {}

  /** The account was disabled by an administrator. */
  record Disabled() implements LoginOutcome {}
}
