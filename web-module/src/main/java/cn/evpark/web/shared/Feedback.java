package cn.evpark.web.shared;

import cn.evpark.shared.DomainException;
import cn.evpark.web.i18n.Messages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.MissingResourceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one FacesMessage a page action ends with: a success, or what went wrong in the words of the
 * page's language. A refused business rule shows the bundle text {@code error.<code>}; invalid
 * input names each field ({@code field.<name>}).
 */
@RequestScoped
public class Feedback {

  @Inject FacesContext faces;
  @Inject Messages messages;

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, messages.format(key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, messages.format(key, arguments));
    faces.validationFailed();
  }

  /** Reports a failed service call; rethrows what is not a refusal the page can explain. */
  public void failure(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof ConstraintViolationException invalid) {
      for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
        error("error.invalid", fieldLabel(v.getPropertyPath().toString()));
      }
      return;
    }
    if (cause instanceof DomainException refused) {
      error(
          text("error." + refused.code()).isEmpty() ? "error.refused" : "error." + refused.code());
      return;
    }
    if (cause instanceof RuntimeException unexpected) {
      throw unexpected;
    }
    throw new IllegalStateException(cause);
  }

  /** The label of a field from a violation's path, e.g. {@code create.arg1.contactPhone}. */
  private String fieldLabel(String path) {
    String leaf = path.substring(path.lastIndexOf('.') + 1);
    String label = text("field." + leaf);
    return label.isEmpty() ? leaf : label;
  }

  private String text(String key) {
    try {
      return messages.get(key);
    } catch (MissingResourceException missing) {
      return "";
    }
  }

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

  private void add(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
