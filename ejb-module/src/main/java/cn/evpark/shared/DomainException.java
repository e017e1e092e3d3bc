package cn.evpark.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused an operation. Unchecked, rolls the transaction back, and carries a stable
 * {@link #code()} that pages and APIs translate (the code is a resource bundle key), and the {@link
 * #arguments()} its text shows, so a page words every refusal in one place.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  private final List<String> arguments;

  protected DomainException(String code, String message) {
    this(code, message, List.of());
  }

  /**
   * @param arguments the values the code's text shows as {@code {0}}, {@code {1}}, …
   */
  protected DomainException(String code, String message, List<String> arguments) {
    super(message);
    this.code = code;
    this.arguments = List.copyOf(arguments);
  }

  /** The stable code of what happened, e.g. {@code pile.code.taken}. */
  public String code() {
    return code;
  }

  /**
   * The values the code's text shows, e.g. the pile's code for {@code pile.offline}; a value that
   * is a key of the pages' bundle (a status's label key such as {@code card.status.ENABLED}) is
   * shown as its text.
   */
  public List<String> arguments() {
    return arguments;
  }
}
