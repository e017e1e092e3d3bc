package cn.evpark.web.shared;

import cn.evpark.shared.DomainException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/** Refusals and the page bundle for the tests of the feedback path, without a container. */
public final class Refusals {

  private Refusals() {}

  /** The pages' bundle in a language, as {@code Messages} reads it. */
  public static RefusalTexts.Bundle bundle(String language) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle texts = ResourceBundle.getBundle("cn.evpark.web.i18n.messages", locale);
    return (key, arguments) -> {
      try {
        return Optional.of(new MessageFormat(texts.getString(key), locale).format(arguments));
      } catch (MissingResourceException missing) {
        return Optional.empty();
      }
    };
  }

  /** A refusal of the code, which the bundle may or may not have. */
  static DomainException refusal(String code) {
    return new DomainException(code, "refused for the test") {
      private static final long serialVersionUID = 1L;
    };
  }

  /** Invalid input at the paths, as Bean Validation reports a service parameter. */
  static ConstraintViolationException invalid(String... paths) {
    Set<ConstraintViolation<?>> violations = new java.util.LinkedHashSet<>();
    for (String path : paths) {
      violations.add(violation(path));
    }
    return new ConstraintViolationException(violations);
  }

  private static ConstraintViolation<?> violation(String path) {
    Path property =
        (Path)
            Proxy.newProxyInstance(
                Path.class.getClassLoader(),
                new Class<?>[] {Path.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "toString" -> path;
                      case "hashCode" -> path.hashCode();
                      case "equals" -> proxy == args[0];
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (ConstraintViolation<?>)
        Proxy.newProxyInstance(
            ConstraintViolation.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getPropertyPath" -> property;
                  case "getMessage" -> "invalid";
                  case "getLeafBean", "getConstraintDescriptor" -> null;
                  case "toString" -> "violation at " + path;
                  case "hashCode" -> path.hashCode();
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
