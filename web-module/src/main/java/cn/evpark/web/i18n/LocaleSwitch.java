package cn.evpark.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: Chinese (default, the manual's) or English. */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  public void useChinese() {
    locale = Locale.SIMPLIFIED_CHINESE;
  }

  public void useEnglish() {
    locale = Locale.ENGLISH;
  }
}
