package cn.evpark.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One business rule that an input breaks: where, which rule, and the values its message needs.
 *
 * @param field where in the input, as a path ({@code name}, {@code segments[2].start}); empty for
 *     the input as a whole
 * @param code the rule's stable code, a resource bundle key of the pages
 * @param arguments the values the rule's message shows ({@code {0}}, {@code {1}}, …), e.g. a row
 *     number
 * @param message what is wrong, in English, for logs and API clients
 */
public record RuleViolation(String field, String code, List<String> arguments, String message)
    implements Serializable {

  public RuleViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(message, "message");
  }
}
