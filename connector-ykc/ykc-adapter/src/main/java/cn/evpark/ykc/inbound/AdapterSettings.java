package cn.evpark.ykc.inbound;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Overrides of the adapter's configuration properties from the environment, by the rules of
 * MicroProfile Config's default sources: a system property {@code ykc.tcp.port} wins over an
 * environment variable {@code YKC_TCP_PORT}, which wins over the resource adapter's property.
 */
final class AdapterSettings {

  private final Function<String, String> systemProperties;
  private final Map<String, String> environment;

  AdapterSettings(Function<String, String> systemProperties, Map<String, String> environment) {
    this.systemProperties = systemProperties;
    this.environment = environment;
  }

  static AdapterSettings fromProcess() {
    return new AdapterSettings(System::getProperty, System.getenv());
  }

  Optional<String> value(String key) {
    String value = systemProperties.apply(key);
    if (value == null) {
      value = environment.get(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  int intValue(String key, int fallback) {
    return value(key)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number: " + v, e);
              }
            })
        .orElse(fallback);
  }

  String stringValue(String key, String fallback) {
    return value(key).orElse(fallback);
  }
}
