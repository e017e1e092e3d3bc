package cn.evpark.web.shared;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The words of a refusal, in the page's language: what a page shows when a service refuses an
 * action. Pure, so the wording is tested without a container.
 *
 * <ul>
 *   <li>A {@link DomainException} shows {@code error.<code>}, else {@code <code>} (the tariff rules
 *       are keyed by their code), with the exception's {@link DomainException#arguments()
 *       arguments}; a code without text shows {@code error.refused}.
 *   <li>A {@link RuleViolationException} shows each broken rule's text, with the rule's arguments;
 *       a rule without text shows the refusal's text. A text said twice (a rule broken by two
 *       fields of one row) is said once.
 *   <li>Invalid input ({@link ConstraintViolationException}) shows {@code error.invalid} once per
 *       field, naming the field by {@code field.<name>}.
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
    Set<String> texts = new LinkedHashSet<>();
    if (refusal instanceof ConstraintViolationException invalid) {
      for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
        texts.add(
            text(bundle, "error.invalid", fieldLabel(bundle, v.getPropertyPath().toString())));
      }
    } else if (refusal instanceof RuleViolationException broken) {
      for (RuleViolation v : broken.violations()) {
        texts.add(
            find(bundle, v.code(), v.arguments().toArray())
                .orElseGet(() -> refusalText(broken, bundle)));
      }
    } else if (refusal instanceof DomainException refused) {
      texts.add(refusalText(refused, bundle));
    } else {
      throw new IllegalArgumentException("not a refusal: " + refusal, refusal);
    }
    return List.copyOf(texts);
  }

  private static String refusalText(DomainException refused, Bundle bundle) {
    return ofCode(refused.code(), refused.arguments(), bundle);
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

  /** The label of a field from a violation's path, e.g. {@code create.arg1.contactPhone}. */
  private static String fieldLabel(Bundle bundle, String path) {
    String leaf = path.substring(path.lastIndexOf('.') + 1);
    return bundle.find("field." + leaf).orElse(leaf);
  }

  private static String text(Bundle bundle, String key, Object... arguments) {
    return bundle.find(key, arguments).orElse(key);
  }
}
