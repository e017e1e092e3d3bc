package cn.evpark.operator;

import cn.evpark.shared.DomainException;

/**
 * The caller may see this but not do it: a read-only account (operator staff) asked for a change,
 * or an operator account asked for a platform administrator's work. The API answers 403.
 */
public class AccessDeniedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super("access.denied", message);
  }
}
