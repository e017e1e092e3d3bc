package cn.evpark.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input breaks one or more business rules; every broken rule is listed, so a form can show each
 * message at once. The API answers it with 422 and one violation per rule.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final List<RuleViolation> violations;

  /**
   * @param code what was refused, e.g. {@code tariff.standard.invalid}
   * @param violations the broken rules, at least one
   */
  public RuleViolationException(String code, List<RuleViolation> violations) {
    super(code, describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one broken rule");
    }
    this.violations = List.copyOf(violations);
  }

  public List<RuleViolation> violations() {
    return violations;
  }

  private static String describe(List<RuleViolation> violations) {
    return violations.stream()
        .map(v -> v.field().isEmpty() ? v.message() : v.field() + ": " + v.message())
        .collect(Collectors.joining("; "));
  }
}
