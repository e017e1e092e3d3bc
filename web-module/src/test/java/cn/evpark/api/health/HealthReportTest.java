package cn.evpark.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class HealthReportTest {

  static HealthCheck check(String name, Status status, Map<String, Object> data) {
    return () -> new HealthCheckResponse(name, status, Optional.of(data));
  }

  @Test
  void everyCheckUp_isUp_with200_andEachCheckWithItsData() {
    HealthReport report =
        HealthReport.of(
            List.of(
                check("database", Status.UP, Map.of("product", "MariaDB")),
                check("ykc-server", Status.UP, Map.of("port", 8767L, "listening", true))));

    assertThat(report.status()).isEqualTo(Status.UP);
    assertThat(report.httpStatus()).isEqualTo(200);
    assertThat(report.toJson().toString())
        .startsWith("{\"status\":\"UP\",\"checks\":[")
        .contains(
            "{\"name\":\"database\",\"status\":\"UP\",\"data\":{\"product\":\"MariaDB\"}}",
            "\"port\":8767",
            "\"listening\":true");
  }

  @Test
  void oneCheckDown_isDown_with503() {
    HealthReport report =
        HealthReport.of(
            List.of(
                check("database", Status.UP, Map.of()),
                check("openapi", Status.DOWN, Map.of("document", "building"))));

    assertThat(report.status()).isEqualTo(Status.DOWN);
    assertThat(report.httpStatus()).isEqualTo(503);
    assertThat(report.toJson().getString("status")).isEqualTo("DOWN");
    assertThat(report.toJson().getJsonArray("checks")).hasSize(2);
  }

  @Test
  void aCheckThatThrows_isDown_namedByItsClass_withTheError() {
    HealthReport report = HealthReport.of(List.of(new Broken()));

    assertThat(report.status()).isEqualTo(Status.DOWN);
    assertThat(report.toJson().getJsonArray("checks").getJsonObject(0).toString())
        .isEqualTo(
            "{\"name\":\"Broken\",\"status\":\"DOWN\","
                + "\"data\":{\"error\":\"java.lang.IllegalStateException: no pool\"}}");
  }

  @Test
  void noChecks_isUp() {
    assertThat(HealthReport.of(List.of()).toJson().toString())
        .isEqualTo("{\"status\":\"UP\",\"checks\":[]}");
  }

  static final class Broken implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
      throw new IllegalStateException("no pool");
    }
  }
}
