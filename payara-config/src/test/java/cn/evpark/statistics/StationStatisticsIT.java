package cn.evpark.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SettledOrders;
import cn.evpark.it.SharedPlatform;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily-station-statistics job on Payara Micro and MariaDB (issue 17, money.md §7): for days of
 * generated settled orders (across midnight, arrears paid days later, unpaid offline cards, a free
 * station, orders in other states) its rows equal an independent SQL aggregation to the cent; a day
 * run again, or all the days in one execution, gives identical rows; two firings of the nightly
 * schedule for one night run it once.
 *
 * <p>On the shared platform: the stations are an operator's of the test's own, and only their rows
 * are compared (the job writes a row for every station of the platform).
 */
@ExtendWith(SharedPlatform.class)
class StationStatisticsIT {

  static final String JOB = "daily-station-statistics";
  static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
  static final int DAYS = 4;

  final URL base = SharedPlatform.base();

  @Test
  void nightlyStatistics_equalAnIndependentAggregation_runOnce_andRerunIdentically()
      throws Exception {
    Http admin = new Http(base);
    OwnOperator own = OwnOperator.create(base, "日统计运营商", "daily-statistics-admin");
    long operator = own.id();
    List<Long> stations = new ArrayList<>();
    try (Connection db = MicroEnvironment.settings().connect()) {
      SettledOrders orders = new SettledOrders(db, 17);
      stations.add(own.station());
      stations.addAll(orders.copyStation(own.station(), 2, "0.60"));
      List<Long> free = orders.copyStation(own.station(), 1, "0.38");
      stations.addAll(free);
      List<long[]> drivers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        drivers.add(orders.driver(operator, "1397777" + String.format("%04d", i)));
      }
      orders.generate(operator, stations, free, drivers, FIRST, DAYS, 40);
    }
    assertThat(
            admin
                .put(
                    "api/admin/operators/" + operator + "/platform-commission",
                    "{\"percent\":6.25}")
                .statusCode())
        .isEqualTo(200);

    // the nights of days 2 and 4 run days 1–2 and 3–4; the second firing of a night runs nothing
    List<Long> executions = new ArrayList<>();
    for (LocalDate night : List.of(FIRST.plusDays(1), FIRST.plusDays(3))) {
      CompletableFuture<HttpResponse<String>> one = fire(admin, night);
      CompletableFuture<HttpResponse<String>> two = fire(admin, night);
      List<String> bodies = List.of(one.get().body(), two.get().body());
      assertThat(bodies)
          .as("two firings of one night")
          .allMatch(b -> b.contains("\"executions\":["));
      assertThat(bodies.stream().filter(b -> b.contains("\"executions\":[]")))
          .as("one firing finds the night claimed: " + bodies)
          .hasSize(1);
      bodies.stream()
          .filter(b -> !b.contains("\"executions\":[]"))
          .forEach(b -> executions.addAll(ids(b)));
    }
    assertThat(executions).hasSize(4);
    executions.forEach(id -> awaitCompleted(admin, id));
    try (Connection db = MicroEnvironment.settings().connect()) {
      assertThat(
              single(
                  db,
                  "SELECT COUNT(*) FROM nightly_job_run WHERE job_name = '"
                      + JOB
                      + "'"
                      + " AND business_date BETWEEN '"
                      + FIRST
                      + "' AND '"
                      + FIRST.plusDays(3)
                      + "'"))
          .isEqualTo(2);
    }

    List<String> rows = jobRows(stations);
    assertThat(rows).hasSize(stations.size() * DAYS);
    assertThat(rows).isEqualTo(independentAggregation(stations));
    assertThat(rows)
        .as("the generated days have money in them")
        .anyMatch(r -> !r.contains(" 0.00 "));

    // a day run again, as a new job instance, replaces its rows with identical ones
    HttpResponse<String> again =
        admin.post("api/admin/batch/jobs/" + JOB + "/executions?date=" + FIRST.plusDays(2));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    awaitCompleted(admin, Long.parseLong(Json.field(again.body(), "executionId")));
    assertThat(jobRows(stations)).isEqualTo(rows);

    // the four days in one execution (date to to) give the same rows as the nights did
    HttpResponse<String> range =
        admin.post(
            "api/admin/batch/jobs/"
                + JOB
                + "/executions?date="
                + FIRST
                + "&to="
                + FIRST.plusDays(DAYS - 1));
    assertThat(range.statusCode()).as(range.body()).isEqualTo(201);
    awaitCompleted(admin, Long.parseLong(Json.field(range.body(), "executionId")));
    assertThat(jobRows(stations)).isEqualTo(rows);
    HttpResponse<String> backwards =
        admin.post(
            "api/admin/batch/jobs/"
                + JOB
                + "/executions?date="
                + FIRST.plusDays(1)
                + "&to="
                + FIRST);
    assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(400);
    assertThat(backwards.body()).contains("at most 366 days later");

    // the API answers the same figures, its total their sum
    String api =
        own.staff()
            .get(
                "api/admin/statistics?from="
                    + FIRST
                    + "&to="
                    + FIRST.plusDays(DAYS - 1)
                    + "&size=1000")
            .body();
    assertThat(Json.field(api, "count")).isEqualTo(String.valueOf(stations.size() * DAYS));
    assertThat(new BigDecimal(Json.field(api.substring(api.indexOf("\"total\"")), "received")))
        .isEqualByComparingTo(sumOfReceived(rows));
  }

  static CompletableFuture<HttpResponse<String>> fire(Http admin, LocalDate night) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return admin.post("api/admin/batch/nightly/" + JOB + "/" + night);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static List<Long> ids(String body) {
    Matcher m = Pattern.compile("\"executions\":\\[([0-9,]*)]").matcher(body);
    assertThat(m.find()).as(body).isTrue();
    List<Long> ids = new ArrayList<>();
    for (String id : m.group(1).split(",")) {
      if (!id.isEmpty()) {
        ids.add(Long.parseLong(id));
      }
    }
    return ids;
  }

  static void awaitCompleted(Http admin, long execution) {
    Awaitility.await("execution " + execution + " completed")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String status =
                  Json.field(admin.get("api/admin/batch/executions/" + execution).body(), "status");
              assertThat(status).isNotIn("FAILED", "STOPPED", "ABANDONED");
              return status.equals("COMPLETED");
            });
  }

  /** The job's rows of the days at the stations. */
  static List<String> jobRows(List<Long> stations) throws Exception {
    return StationDayAggregation.jobRows(MicroEnvironment.settings(), FIRST, DAYS, stations);
  }

  static List<String> independentAggregation(List<Long> stations) throws Exception {
    return StationDayAggregation.independent(MicroEnvironment.settings(), FIRST, DAYS, stations);
  }

  static BigDecimal sumOfReceived(List<String> rows) {
    return rows.stream()
        .map(r -> new BigDecimal(r.split(" ")[2]))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static long single(Connection db, String sql) throws Exception {
    try (Statement query = db.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
