package cn.evpark.web.shared;

import cn.evpark.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * The messages a page action ends with, in the words of the page's language: a success, a refusal
 * the page itself finds, or (through {@link PageActionInterceptor}) a service's refusal. An error
 * marks the request as failed validation, so a dialog's {@code oncomplete} stays open.
 */
@RequestScoped
public class PageMessages {

  @Inject FacesContext faces;
  @Inject Messages messages;

  /** A success, for the page's messages. */
  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, messages.format(key, arguments));
  }

  /** A refusal the page finds itself (a missing file, passwords that differ). */
  public void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, messages.format(key, arguments));
    faces.validationFailed();
  }

  /**
   * A service's refusal, worded by {@link RefusalTexts}.
   *
   * @param clientId the message area; null for the page's own
   */
  public void refused(Throwable refusal, String clientId) {
    for (String text : RefusalTexts.of(refusal, messages::find)) {
      add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }
    faces.validationFailed();
  }

  private void add(String clientId, FacesMessage.Severity severity, String text) {
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
