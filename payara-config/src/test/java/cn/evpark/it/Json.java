package cn.evpark.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a field of the API's JSON as a client would, without binding it to classes. */
public final class Json {

  private Json() {}

  /** The first value of {@code name} in {@code json}, as text (quotes removed). */
  public static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)\"?").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
