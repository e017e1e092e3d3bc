package cn.evpark.web.tariff;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.tariff.TariffInUseException;
import cn.evpark.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.MissingResourceException;
import java.util.Set;

/** Tells staff on the tariff pages what happened, in the page's language. */
@RequestScoped
public class TariffFeedback {

  @Inject FacesContext faces;
  @Inject Messages messages;

  /** A success message, for the page's message area. */
  public void done(String key) {
    info(messages.get(key));
  }

  /** A success message already in words. */
  public void info(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * Each broken rule as its own message, for the form's message area {@code clientId}; a rule
   * broken by two fields of one row (its electricity and service price) is said once.
   */
  public void refused(RuleViolationException refused, String clientId) {
    Set<String> said = new HashSet<>();
    for (RuleViolation v : refused.violations()) {
      String text = text(v.code(), v.arguments().toArray(), v.message());
      if (said.add(text)) {
        error(clientId, text);
      }
    }
    faces.validationFailed();
  }

  /** A refused operation, for the message area {@code clientId} (null: the page's). */
  public void refused(DomainException refused, String clientId) {
    if (refused instanceof RuleViolationException rules) {
      refused(rules, clientId);
      return;
    }
    Object[] arguments =
        refused instanceof TariffInUseException inUse
            ? new Object[] {String.join("、", inUse.stationNames())}
            : new Object[0];
    error(clientId, text(refused.code(), arguments, refused.getMessage()));
    faces.validationFailed();
  }

  private void error(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The tariff rule's text, else the platform's text of the refusal ({@code error.<code>}). */
  private String text(String code, Object[] arguments, String fallback) {
    for (String key : new String[] {code, "error." + code}) {
      try {
        return messages.format(key, arguments);
      } catch (MissingResourceException unknown) {
        // try the next
      }
    }
    return fallback;
  }
}
