package cn.evpark.wallet;

import cn.evpark.shared.DomainException;

/** A driver's phone or plates break their format (money.md §1). */
public class InvalidDriverException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidDriverException(String code, String message) {
    super(code, message);
  }
}
