package cn.evpark.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProcess;
import cn.evpark.it.RunsAlone;
import cn.evpark.it.SettledOrders;
import cn.evpark.nightly.NightlyJob;
import cn.evpark.nightly.NightlyJobs;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

/**
 * The nightly statistics across the death of a server and across two instances (issue 17,
 * servers-notes.md §2–3), on platforms this test starts as processes on one database of its own.
 *
 * <p>A first platform, its schedule set late in the day so its start-up catches up to the night
 * before last only, gets 8,000 stations and two days of settled orders. A clean run of the two days
 * gives the rows to match, equal to the independent aggregation. Their rows deleted, the nightly
 * run of the second day (which runs both days) is fired and the server is killed with SIGKILL as
 * soon as the batch repository holds a checkpoint of it: its executions stay STARTED and only part
 * of the rows are written. The platform starts again beside a second instance on the same database,
 * both with a short lease and the nightly time a few minutes ahead. When the lease runs out the
 * stale claim is taken over once, by one of them, and the night runs again as new job instances,
 * whose rows equal the clean run's to the cent. At the nightly time both fire the night just ended:
 * one claim row and one execution per job and day.
 */
@RunsAlone
class NightlyCrashIT {

  static final String JOB = "daily-station-statistics";
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Enough for each of a day's two partitions to commit 40 chunks of 100 stations. */
  static final int STATIONS = 8_000;

  /** Shorter than a start-up after the kill, longer than the night's run takes. */
  static final Map<String, String> LEASE = Map.of("YKC_NIGHTLY_LEASE", "PT90S");

  static final Duration WAIT = Duration.ofMinutes(3);

  /**
   * How far ahead of the restart the nightly time is set: time for both instances to start (about a
   * minute together on two cores). The takeover may still be running when the night fires.
   */
  static final Duration AHEAD = Duration.ofSeconds(150);

  /** A claim row of nightly_job_run. */
  record Claim(String claimedBy, String executions, int takeovers, String replaced) {
    List<Long> ids() {
      List<Long> ids = new ArrayList<>();
      if (executions != null) {
        for (String id : executions.split(",")) {
          ids.add(Long.parseLong(id.strip()));
        }
      }
      return ids;
    }
  }

  @Test
  void killedMidRun_isTakenOverOnce_andTwoInstancesRunTheNightOnce() throws Exception {
    assumeTrue(
        LocalTime.now(SHANGHAI).isBefore(LocalTime.of(23, 0)),
        "the schedules set here need the Shanghai day to last another hour");
    LocalDate today = LocalDate.now(SHANGHAI);
    LocalDate crashNight = today.minusDays(4);
    LocalDate firstDay = crashNight.minusDays(1);
    LocalDate lastNight = today.minusDays(1);
    try (MicroProcess a = MicroProcess.prepare(getClass(), LEASE)) {
      a.launch(Map.of("YKC_NIGHTLY_TIME", "23:59:59"));
      a.awaitReady();
      MicroEnvironment.Settings db = a.settings();
      Http admin = new Http(a.base());
      List<Long> stations = seed(db, admin, firstDay);
      // the start-up's catch-up has run the night before last, and nothing runs now
      awaitNight(db, today.minusDays(2));

      // a clean run of the two days
      List<Long> clean = new ArrayList<>();
      for (LocalDate day : List.of(firstDay, crashNight)) {
        HttpResponse<String> run =
            admin.post("api/admin/batch/jobs/" + JOB + "/executions?date=" + day);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        clean.add(Long.parseLong(Json.field(run.body(), "executionId")));
      }
      await("the clean run")
          .until(() -> statuses(db, clean).stream().allMatch("COMPLETED"::equals));
      List<String> cleanRows = StationDayAggregation.jobRows(db, firstDay, 2);
      assertThat(cleanRows).hasSize(stations.size() * 2);
      assertThat(cleanRows)
          .as("the clean run and the independent aggregation")
          .isEqualTo(StationDayAggregation.independent(db, firstDay, 2, stations))
          .anyMatch(r -> !r.contains(" 0.00 "));
      execute(
          db,
          "DELETE FROM station_day_statistics WHERE business_date BETWEEN '"
              + firstDay
              + "' AND '"
              + crashNight
              + "'");

      // the nightly run, killed once it has committed a checkpoint
      long instancesBefore =
          single(db, "SELECT COALESCE(MAX(jobinstanceid), 0) FROM " + table(db, "jobinstancedata"));
      HttpResponse<String> fired = admin.post("api/admin/batch/nightly/" + JOB + "/" + crashNight);
      List<Long> crashed = StationStatisticsIT.ids(fired.body());
      assertThat(crashed).as(fired.body()).hasSize(2);
      String checkpoints =
          "SELECT COUNT(*) FROM "
              + table(db, "checkpointdata")
              + " WHERE CAST(SUBSTRING_INDEX(id, ',', 1) AS UNSIGNED) > "
              + instancesBefore;
      Awaitility.await("a checkpoint of the nightly run")
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .failFast(
              "the run ended before a checkpoint was seen",
              () -> !statuses(db, crashed).contains("STARTED"))
          .until(() -> single(db, checkpoints) > 0);
      assertThat(a.kill()).as("exit status of a SIGKILL").isEqualTo(MicroProcess.KILLED);
      Claim dead = claim(db, JOB, crashNight);
      long written = statisticsRows(db, firstDay);
      System.out.printf(
          "killed with %d checkpoints of the nightly run committed, %d of %d rows written,"
              + " executions %s %s%n",
          single(db, checkpoints), written, cleanRows.size(), crashed, statuses(db, crashed));
      assertThat(statuses(db, crashed)).as("executions the killed server left").contains("STARTED");
      assertThat(written).as("rows written before the kill").isPositive();
      assertThat(written).as("rows written before the kill").isLessThan(cleanRows.size());
      assertThat(dead.ids()).isEqualTo(crashed);

      // two instances start on the database, the nightly time a few minutes ahead
      long executionsBefore =
          single(
              db, "SELECT COALESCE(MAX(jobexecid), 0) FROM " + table(db, "executioninstancedata"));
      LocalTime nightlyTime = LocalTime.now(SHANGHAI).plus(AHEAD).withNano(0);
      Map<String, String> schedule = Map.of("YKC_NIGHTLY_TIME", nightlyTime.toString());
      try (MicroProcess b = MicroProcess.beside(a, LEASE)) {
        a.launch(schedule);
        b.launch(schedule);
        a.awaitReady();
        b.awaitReady();
        assertThat(LocalTime.now(SHANGHAI))
            .as("both instances run before the nightly time")
            .isBefore(nightlyTime);

        // the stale claim is taken over once, and the night run again as new job instances
        await("the stale claim taken over")
            .until(
                () -> {
                  Claim claim = claim(db, JOB, crashNight);
                  return claim.takeovers() > 0 && claim.executions() != null;
                });
        Claim taken = claim(db, JOB, crashNight);
        await("the night run again")
            .until(() -> statuses(db, taken.ids()).stream().allMatch("COMPLETED"::equals));
        assertThat(taken.takeovers()).as("takeovers").isEqualTo(1);
        assertThat(taken.replaced()).isEqualTo(dead.executions());
        assertThat(taken.claimedBy()).isNotEqualTo(dead.claimedBy());
        assertThat(taken.ids()).hasSize(2).doesNotContainAnyElementsOf(crashed);
        assertThat(StationDayAggregation.jobRows(db, firstDay, 2))
            .as("rows after the takeover")
            .isEqualTo(cleanRows);

        // both instances fire the night just ended: it runs once, beside the takeover's executions
        Awaitility.await("the night just ended run by the schedule")
            .atMost(AHEAD.plus(WAIT))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> awaitable(db, lastNight));
        for (NightlyJob job : NightlyJobs.JOBS) {
          Claim claim = claim(db, job.jobName(), lastNight);
          System.out.printf(
              "%s for %s claimed by %s: executions %s%n",
              job.jobName(), lastNight, claim.claimedBy(), claim.executions());
          List<Long> started = executionsAfter(db, job.jobName(), executionsBefore);
          if (job.jobName().equals(JOB)) {
            started.removeAll(taken.ids());
          }
          assertThat(started)
              .as("executions of " + job.jobName() + " started by the two firings")
              .isEqualTo(claim.ids())
              .hasSize(job.days());
          assertThat(statuses(db, claim.ids())).containsOnly("COMPLETED");
        }
        assertThat(claim(db, JOB, crashNight).takeovers()).as("takeovers in the end").isEqualTo(1);
      }
    }
  }

  /**
   * The stations: the demo station and 8,000 copies, 800 of them with orders on the two days, one
   * of those free; and 12 drivers. The operator's platform commission 6.25 %.
   *
   * @return every station's id
   */
  static List<Long> seed(MicroEnvironment.Settings settings, Http admin, LocalDate firstDay)
      throws Exception {
    long operator;
    try (Connection db = settings.connect()) {
      long demo = single(settings, "SELECT MIN(id) FROM station");
      operator = single(settings, "SELECT operator_id FROM station WHERE id = " + demo);
      db.setAutoCommit(false);
      SettledOrders orders = new SettledOrders(db, 31);
      List<Long> copies = orders.copyStations(demo, STATIONS, "0.60");
      List<Long> free = orders.copyStations(demo, 1, "0.38");
      List<Long> charging = new ArrayList<>(copies.subList(0, STATIONS / 10));
      charging.add(demo);
      charging.addAll(free);
      List<long[]> drivers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        drivers.add(orders.driver(operator, "1370031" + String.format("%04d", i)));
      }
      orders.generate(operator, charging, free, drivers, firstDay, 2, 3);
      db.commit();
    }
    assertThat(
            admin
                .put(
                    "api/admin/operators/" + operator + "/platform-commission",
                    "{\"percent\":6.25}")
                .statusCode())
        .isEqualTo(200);
    List<Long> all = new ArrayList<>();
    try (Connection db = settings.connect();
        Statement query = db.createStatement();
        ResultSet rs = query.executeQuery("SELECT id FROM station ORDER BY id")) {
      while (rs.next()) {
        all.add(rs.getLong(1));
      }
    }
    return all;
  }

  /** Waits until every nightly job has claimed the night and its executions have ended. */
  static void awaitNight(MicroEnvironment.Settings db, LocalDate night) {
    await("the nights caught up to " + night).until(() -> awaitable(db, night));
  }

  private static boolean awaitable(MicroEnvironment.Settings db, LocalDate night)
      throws SQLException {
    for (NightlyJob job : NightlyJobs.JOBS) {
      Claim claim = claim(db, job.jobName(), night);
      if (claim == null
          || claim.executions() == null
          || statuses(db, claim.ids()).stream()
              .anyMatch(s -> s.equals("STARTING") || s.equals("STARTED"))) {
        return false;
      }
    }
    return true;
  }

  static ConditionFactory await(String what) {
    return Awaitility.await(what)
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptionsInstanceOf(NullPointerException.class);
  }

  /** The claim of a job's night; null when there is none. */
  static Claim claim(MicroEnvironment.Settings settings, String job, LocalDate night)
      throws SQLException {
    try (Connection db = settings.connect();
        Statement query = db.createStatement();
        ResultSet rs =
            query.executeQuery(
                "SELECT claimed_by, executions, takeovers, replaced_executions"
                    + " FROM nightly_job_run WHERE job_name = '"
                    + job
                    + "' AND business_date = '"
                    + night
                    + "'")) {
      return rs.next()
          ? new Claim(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))
          : null;
    }
  }

  /** The executions' batch statuses as the job repository holds them, in the order given. */
  static List<String> statuses(MicroEnvironment.Settings settings, List<Long> executions)
      throws SQLException {
    List<String> statuses = new ArrayList<>();
    String table = table(settings, "executioninstancedata");
    for (long id : executions) {
      try (Connection db = settings.connect();
          Statement query = db.createStatement();
          ResultSet rs =
              query.executeQuery("SELECT batchstatus FROM " + table + " WHERE jobexecid = " + id)) {
        statuses.add(rs.next() ? rs.getString(1) : "UNKNOWN");
      }
    }
    return statuses;
  }

  /** The ids of the job's executions (not its partitions') after {@code after}, ascending. */
  static List<Long> executionsAfter(MicroEnvironment.Settings settings, String job, long after)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection db = settings.connect();
        Statement query = db.createStatement();
        ResultSet rs =
            query.executeQuery(
                "SELECT e.jobexecid FROM "
                    + table(settings, "executioninstancedata")
                    + " e JOIN "
                    + table(settings, "jobinstancedata")
                    + " i ON i.jobinstanceid = e.jobinstanceid WHERE i.name = '"
                    + job
                    + "' AND e.jobexecid > "
                    + after
                    + " ORDER BY e.jobexecid")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  static long statisticsRows(MicroEnvironment.Settings db, LocalDate firstDay) throws SQLException {
    return single(
        db,
        "SELECT COUNT(*) FROM station_day_statistics WHERE business_date BETWEEN '"
            + firstDay
            + "' AND '"
            + firstDay.plusDays(1)
            + "'");
  }

  /**
   * The batch repository's table of that name, with or without the prefix and in whatever case the
   * engine gave it (Payara: {@code jbatchCHECKPOINTDATA}).
   */
  static String table(MicroEnvironment.Settings settings, String name) throws SQLException {
    try (Connection db = settings.connect();
        Statement query = db.createStatement();
        ResultSet rs =
            query.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND LOWER(table_name) IN ('"
                    + name
                    + "', 'jbatch"
                    + name
                    + "')")) {
      assertThat(rs.next()).as("the batch repository's " + name).isTrue();
      return rs.getString(1);
    }
  }

  static long single(MicroEnvironment.Settings settings, String sql) throws SQLException {
    try (Connection db = settings.connect();
        Statement query = db.createStatement();
        ResultSet rs = query.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(MicroEnvironment.Settings settings, String sql) throws SQLException {
    try (Connection db = settings.connect();
        Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
