package cn.evpark.api.health;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/**
 * The answer of one health probe: every check's response, and {@code UP} only when each is (none at
 * all is {@code UP}), in the JSON of MicroProfile Health 4 (§ "JSON protocol"): {@code
 * {"status":"UP","checks":[{"name":…,"status":…,"data":{…}}]}}, answered with HTTP 200 when up and
 * 503 when down.
 *
 * <p>A check that throws is {@code DOWN}, named by its class (not its proxy's), with the exception
 * as its {@code error}: a broken check must not pass for a healthy platform.
 *
 * @param checks the checks' responses, in the order they were called
 */
record HealthReport(List<HealthCheckResponse> checks) {

  HealthReport {
    checks = List.copyOf(checks);
  }

  /** Calls each check once, in order. */
  static HealthReport of(Iterable<? extends HealthCheck> checks) {
    List<HealthCheckResponse> responses = new ArrayList<>();
    for (HealthCheck check : checks) {
      responses.add(call(check));
    }
    return new HealthReport(responses);
  }

  private static HealthCheckResponse call(HealthCheck check) {
    try {
      return check.call();
    } catch (RuntimeException e) {
      return new HealthCheckResponse(name(check), Status.DOWN, Optional.of(error(e)));
    }
  }

  /** The check's class, without the container's proxy suffix ({@code X$Proxy$_$$_Weld…}). */
  private static String name(HealthCheck check) {
    String simple = check.getClass().getSimpleName();
    int proxy = simple.indexOf('$');
    return proxy > 0 ? simple.substring(0, proxy) : simple;
  }

  private static Map<String, Object> error(RuntimeException e) {
    return Map.of("error", String.valueOf(e));
  }

  /** {@code UP} when every check is. */
  Status status() {
    return checks.stream().allMatch(c -> c.getStatus() == Status.UP) ? Status.UP : Status.DOWN;
  }

  /** 200 when up, 503 when down. */
  int httpStatus() {
    return status() == Status.UP ? 200 : 503;
  }

  /** The MicroProfile Health JSON body. */
  JsonObject toJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (HealthCheckResponse check : checks) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("name", check.getName())
              .add("status", check.getStatus().name());
      check.getData().ifPresent(data -> entry.add("data", data(data)));
      array.add(entry);
    }
    return Json.createObjectBuilder().add("status", status().name()).add("checks", array).build();
  }

  /** A check's data: strings, whole numbers and booleans, as the specification allows. */
  private static JsonObjectBuilder data(Map<String, Object> data) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    data.forEach(
        (key, value) -> {
          if (value instanceof Boolean b) {
            object.add(key, b);
          } else if (value instanceof Number n) {
            object.add(key, n.longValue());
          } else {
            object.add(key, String.valueOf(value));
          }
        });
    return object;
  }
}
