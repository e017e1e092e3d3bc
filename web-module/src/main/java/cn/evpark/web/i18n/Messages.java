package cn.evpark.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The page texts of the current view's locale (bundle {@code cn.evpark.web.i18n.messages}). */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "cn.evpark.web.i18n.messages";

  @Inject FacesContext faces;

  public String get(String key) {
    return bundle().getString(key);
  }

  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale()).format(arguments);
  }

  /** The text of {@code key} with the arguments, if the bundle has the key. */
  public Optional<String> find(String key, Object... arguments) {
    try {
      return Optional.of(format(key, arguments));
    } catch (MissingResourceException missing) {
      return Optional.empty();
    }
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, locale());
  }

  private Locale locale() {
    return faces.getViewRoot() == null
        ? faces.getApplication().getDefaultLocale()
        : faces.getViewRoot().getLocale();
  }
}
