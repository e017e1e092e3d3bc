package cn.evpark.web.shared;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The words of a refusal, in the page's language: what a page shows when a service refuses an
 * action. Pure, so the wording is tested without a container.
 *
 * <ul>
 *   <li>A {@link DomainException} shows {@code error.<code>}, else {@code <code>} (the tariff rules
 *       are keyed by their code), with the exception's {@link DomainException#arguments()
 *       arguments}, each shown as its text where it is a key of the bundle (a status's label key,
 *       e.g. {@code card.status.ENABLED} shows 启用); a code without text shows {@code
 *       error.refused}.
 *   <li>A {@link RuleViolationException} shows each broken rule's text, with the rule's arguments;
 *       a rule without text shows the refusal's text. A text said twice (a rule broken by two
 *       fields of one row) is said once.
 *   <li>Invalid input ({@link ConstraintViolationException}) names the field and its rule, once per
 *       field (issue 18): the field's rule {@code error.rule.<Bean>.<name>} or {@code
 *       error.rule.<name>} (e.g. the allowed range of a coordinate, the phone format), else the
 *       constraint's rule {@code error.rule.<Constraint>} with the field's label and the
 *       constraint's attributes (e.g. {@code Size}'s {@code min} and {@code max}), else {@code
 *       error.invalid}. The label is {@code field.<Bean>.<name>}, else {@code field.<name>}: {@code
 *       <Bean>} (the simple name of the validated class) tells apart fields of one name on
 *       different forms.
 * </ul>
 */
public final class RefusalTexts {

  /** Looks up a text of the page's bundle. */
  @FunctionalInterface
  public interface Bundle {
    Optional<String> find(String key, Object... arguments);
  }

  private RefusalTexts() {}

  /** Whether a page explains {@code thrown} (as unwrapped) to staff, rather than failing. */
  public static boolean isRefusal(Throwable thrown) {
    return thrown instanceof DomainException || thrown instanceof ConstraintViolationException;
  }

  /**
   * What a container or a command's stage wrapped around a refusal taken off: the EJB container
   * wraps invalid input, a future the exception its command failed with.
   */
  public static Throwable unwrap(Throwable thrown) {
    Throwable cause = thrown;
    while ((cause instanceof EJBException
            || cause instanceof CompletionException
            || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * The messages of a refusal, in order, each once.
   *
   * @param refusal an exception {@link #isRefusal} accepts
   */
  public static List<String> of(Throwable refusal, Bundle bundle) {
    return each(refusal, bundle).stream().map(FieldText::text).toList();
  }

  /** A message of a refusal and the field it is about, if one: where a form shows it. */
  public record FieldText(Optional<String> field, String text) {}

  /**
   * The messages of a refusal, in order, each once, with the field each is about: a broken rule's
   * {@link RuleViolation#field() field}, an invalid input's last path name ({@link
   * #field(ConstraintViolation)}); none for a row of a list.
   *
   * @param refusal an exception {@link #isRefusal} accepts
   */
  public static List<FieldText> each(Throwable refusal, Bundle bundle) {
    Map<String, FieldText> texts = new LinkedHashMap<>();
    if (refusal instanceof ConstraintViolationException invalid) {
      for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
        String text = invalidText(v, bundle);
        texts.putIfAbsent(text, new FieldText(formField(v.getPropertyPath().toString()), text));
      }
    } else if (refusal instanceof RuleViolationException broken) {
      for (RuleViolation v : broken.violations()) {
        String text =
            find(bundle, v.code(), v.arguments().toArray())
                .orElseGet(() -> refusalText(broken, bundle));
        texts.putIfAbsent(text, new FieldText(formField(v.field()), text));
      }
    } else if (refusal instanceof DomainException refused) {
      String text = refusalText(refused, bundle);
      texts.put(text, new FieldText(Optional.empty(), text));
    } else {
      throw new IllegalArgumentException("not a refusal: " + refusal, refusal);
    }
    return List.copyOf(texts.values());
  }

  private static String refusalText(DomainException refused, Bundle bundle) {
    return ofCode(
        refused.code(),
        refused.arguments().stream().map(a -> bundle.find(a).orElse(a)).toList(),
        bundle);
  }

  /**
   * The text of a refusal known by its {@link DomainException#code() code} only (a recorded
   * outcome): {@code error.<code>}, else {@code <code>}, else {@code error.refused}.
   */
  public static String ofCode(String code, List<?> arguments, Bundle bundle) {
    return find(bundle, code, arguments.toArray()).orElseGet(() -> text(bundle, "error.refused"));
  }

  /** The platform's text of a code ({@code error.<code>}), else the feature's ({@code <code>}). */
  private static Optional<String> find(Bundle bundle, String code, Object[] arguments) {
    return bundle.find("error." + code, arguments).or(() -> bundle.find(code, arguments));
  }

  /** The text of one invalid field: its own rule, else its constraint's, else "格式不正确". */
  private static String invalidText(ConstraintViolation<?> violation, Bundle bundle) {
    String leaf = field(violation);
    Optional<String> bean = beanName(violation);
    Optional<String> own =
        bean.flatMap(b -> bundle.find("error.rule." + b + "." + leaf))
            .or(() -> bundle.find("error.rule." + leaf));
    if (own.isPresent()) {
      return own.get();
    }
    String label =
        bean.flatMap(b -> bundle.find("field." + b + "." + leaf))
            .or(() -> bundle.find("field." + leaf))
            .orElse(leaf);
    return constraint(violation)
        .flatMap(
            c ->
                bundle.find(
                    "error.rule." + c.getAnnotation().annotationType().getSimpleName(),
                    ruleArguments(label, c.getAttributes())))
        .orElseGet(() -> text(bundle, "error.invalid", label));
  }

  /**
   * The field of a violation: the last name of its path, e.g. {@code contactPhone} of {@code
   * create.arg1.contactPhone}.
   */
  public static String field(ConstraintViolation<?> violation) {
    return leaf(violation.getPropertyPath().toString());
  }

  /**
   * The form field a path names, when it names one field of the form: not a row of a list ({@code
   * segments[2].start}), whose field the form repeats per row.
   */
  private static Optional<String> formField(String path) {
    return path.isEmpty() || path.contains("[") ? Optional.empty() : Optional.of(leaf(path));
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static Optional<String> beanName(ConstraintViolation<?> violation) {
    Object bean = violation.getLeafBean();
    return bean == null ? Optional.empty() : Optional.of(bean.getClass().getSimpleName());
  }

  private static Optional<ConstraintDescriptor<?>> constraint(ConstraintViolation<?> violation) {
    return Optional.ofNullable(violation.getConstraintDescriptor());
  }

  /**
   * {@code {0}} the label, then the bounds a rule's text shows: min/value, max, integer, fraction.
   */
  private static Object[] ruleArguments(String label, Map<String, Object> attributes) {
    return new Object[] {
      label,
      String.valueOf(attributes.getOrDefault("min", attributes.getOrDefault("value", ""))),
      String.valueOf(attributes.getOrDefault("max", "")),
      String.valueOf(attributes.getOrDefault("integer", "")),
      String.valueOf(attributes.getOrDefault("fraction", ""))
    };
  }

  private static String text(Bundle bundle, String key, Object... arguments) {
    return bundle.find(key, arguments).orElse(key);
  }
}
