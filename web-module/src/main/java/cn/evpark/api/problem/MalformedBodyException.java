package cn.evpark.api.problem;

import java.util.List;

/**
 * A request body that is no JSON of the expected shape, with what is wrong with it; the API answers
 * 400 {@code request.malformed}.
 */
public class MalformedBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem.Violation> violations;

  /**
   * @param violations what is wrong, one entry per field
   * @param cause what the JSON provider threw
   */
  public MalformedBodyException(List<Problem.Violation> violations, Throwable cause) {
    super("malformed request body: " + violations, cause);
    this.violations = List.copyOf(violations);
  }

  /** What is wrong, one entry per field. */
  public List<Problem.Violation> violations() {
    return violations;
  }
}
