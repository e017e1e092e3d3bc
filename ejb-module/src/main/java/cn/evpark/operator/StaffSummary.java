package cn.evpark.operator;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the staff list. */
public record StaffSummary(
    long id,
    String username,
    String displayName,
    StaffRole role,
    String operatorName,
    boolean enabled,
    LocalDateTime lockedUntil,
    LocalDateTime createdAt)
    implements Serializable {

  static StaffSummary of(StaffAccount account) {
    return new StaffSummary(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getRole(),
        account.getOperator().map(Operator::getName).orElse(""),
        account.isEnabled(),
        account.getLockedUntil(),
        account.getCreatedAt());
  }
}
