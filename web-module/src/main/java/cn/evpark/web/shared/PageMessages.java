package cn.evpark.web.shared;

import cn.evpark.web.i18n.Messages;
import jakarta.el.ValueExpression;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The messages a page action ends with, in the words of the page's language: a success, a refusal
 * the page itself finds, or (through {@link PageActionInterceptor}) a service's refusal. An error
 * marks the request as failed validation, so a dialog's {@code oncomplete} stays open.
 *
 * <p>A refusal about one field (issue 18) is put on that field: the input of the submitted form
 * whose value is bound to a property of the field's name (e.g. {@code
 * #{stationListPage.station.contactPhone}} for {@code contactPhone}) is marked invalid and gets the
 * message, which its {@code p:message} shows, else the form's or the page's message area (each
 * message area shows only what no earlier one showed: {@code redisplay="false"}). A refusal about
 * no field, or a field the form does not have, goes to the action's message area.
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
   * A service's refusal, worded by {@link RefusalTexts}, each message on its field when the form
   * has it.
   *
   * @param clientId the message area; null for the page's own
   */
  public void refused(Throwable refusal, String clientId) {
    Optional<UIForm> form = submittedForm(clientId);
    for (RefusalTexts.FieldText text : RefusalTexts.each(refusal, messages::find)) {
      Optional<UIInput> input =
          text.field().flatMap(field -> form.flatMap(f -> inputBoundTo(f, field)));
      input.ifPresent(i -> i.setValid(false));
      add(
          input.map(i -> i.getClientId(faces)).orElse(clientId),
          FacesMessage.SEVERITY_ERROR,
          text.text());
    }
    faces.validationFailed();
  }

  /** The form of the message area, else the form of the component that sent the request. */
  private Optional<UIForm> submittedForm(String messagesFor) {
    String source =
        messagesFor != null
            ? messagesFor
            : faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
    if (source == null || faces.getViewRoot() == null) {
      return Optional.empty();
    }
    UIComponent[] found = new UIComponent[1];
    faces.getViewRoot().invokeOnComponent(faces, source, (context, c) -> found[0] = c);
    UIComponent component = found[0];
    while (component != null && !(component instanceof UIForm)) {
      component = component.getParent();
    }
    return Optional.ofNullable((UIForm) component);
  }

  /** The input of {@code parent} whose value is {@code #{….field}}, outside repeated rows. */
  private static Optional<UIInput> inputBoundTo(UIComponent parent, String field) {
    var children = parent.getFacetsAndChildren();
    while (children.hasNext()) {
      UIComponent child = children.next();
      if (child instanceof UIInput input && isBoundTo(input, field)) {
        return Optional.of(input);
      }
      if (!(child instanceof jakarta.faces.component.UIData)) {
        Optional<UIInput> nested = inputBoundTo(child, field);
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isBoundTo(UIInput input, String field) {
    ValueExpression value = input.getValueExpression("value");
    return value != null
        && value.getExpressionString().replace(" ", "").endsWith("." + field + "}");
  }

  private void add(String clientId, FacesMessage.Severity severity, String text) {
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
