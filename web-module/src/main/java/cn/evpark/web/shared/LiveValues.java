package cn.evpark.web.shared;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The values a page's refresh changes in place (issue 18): each by the key of the element showing
 * it ({@code data-live="<key>"}), with its text and CSS classes. A poll sends them as the callback
 * parameter {@code live} and {@code EvPark.live(args)} of {@code admin.js} writes them into the
 * page, so the table around them, its open 更多 menus and dialogs stay as they are.
 */
public final class LiveValues {

  /** What an element shows: its text and its CSS classes. */
  public record Value(String text, String css) {}

  private final Map<String, Value> values = new LinkedHashMap<>();

  /** The element {@code data-live="key"} shows {@code text} with the classes {@code css}. */
  public LiveValues put(String key, String text, String css) {
    values.put(key, new Value(text, css));
    return this;
  }

  /** The values by key, in the order they were put. */
  public Map<String, Value> values() {
    return Map.copyOf(values);
  }

  /** Sends the values to the page's {@code EvPark.live}, as the callback parameter {@code live}. */
  public void send() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    values.forEach(
        (key, value) ->
            json.add(
                key, Json.createObjectBuilder().add("text", value.text()).add("css", value.css())));
    PrimeFaces.current().ajax().addCallbackParam("live", json.build().toString());
  }
}
