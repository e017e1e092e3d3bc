package cn.evpark.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused an operation. Unchecked, rolls the transaction back, and carries a stable
 * {@link #code()} that pages and APIs translate (the code is a resource bundle key).
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  protected DomainException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The stable code of what happened, e.g. {@code pile.code.taken}. */
  public String code() {
    return code;
  }
}
