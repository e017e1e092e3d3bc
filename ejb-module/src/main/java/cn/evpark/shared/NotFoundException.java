package cn.evpark.shared;

import java.util.List;

/** The thing asked for does not exist, or is not visible to the caller. */
public class NotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String code, String message) {
    super(code, message);
  }

  /**
   * @param arguments the values the code's text shows, e.g. a pile's code and a gun
   */
  public NotFoundException(String code, String message, List<String> arguments) {
    super(code, message, arguments);
  }
}
