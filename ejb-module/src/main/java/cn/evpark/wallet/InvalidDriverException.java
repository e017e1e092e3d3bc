package cn.evpark.wallet;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.util.List;

/**
 * A driver's phone or plates break their format (money.md §1): an input error, answered like every
 * broken rule (the API's 422 with the field named).
 */
public class InvalidDriverException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  /**
   * @param field {@code phone} or {@code plates}
   * @param code the rule, e.g. {@code driver.phone.invalid}
   */
  public InvalidDriverException(String field, String code, String message) {
    super(code, List.of(new RuleViolation(field, code, List.of(), message)));
  }
}
