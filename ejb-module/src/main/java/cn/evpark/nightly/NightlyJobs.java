package cn.evpark.nightly;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.BusinessCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly jobs (domain.md §8) and their schedule: every night at {@code ykc.nightly.time}
 * (Asia/Shanghai, {@code HH:mm} or {@code HH:mm:ss}, default 02:00, after midnight) each job of
 * {@link #JOBS} runs for the business day that just ended.
 *
 * <p>The schedule is non-persistent and fires on every instance; a night runs once because it is
 * first claimed under a UNIQUE (job, day) row ({@link NightlyRuns}, servers-notes.md §2). At
 * start-up and at every firing, the nights missed since the last claimed one (at most {@code
 * ykc.nightly.catch-up-days}, default 7) whose time has come ({@link NightlySchedule}) are run too,
 * oldest first, so days lost while the platform was down are caught up at the next start. A claim
 * of those nights left unfinished by an instance that died (its executions STARTED for ever on
 * Payara, servers-notes.md §3) is taken over once its lease {@code ykc.nightly.lease} (ISO-8601,
 * default PT2H) has run out ({@link NightlyLease}): one instance wins the conditional update and
 * runs the night again as new job instances. An unfinished claim seen before its lease runs out is
 * looked at again, by a timer, just after it does.
 *
 * <p>To add a job, add it to {@link #JOBS}: it is started once per night and day with the job
 * parameter {@link NightlyJob#DATE}, and must be safe to run again as a new instance for the same
 * day (servers-notes.md §3).
 */
@RunAs(CallerScope.PLATFORM)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyJobs {

  /** The registry of nightly jobs. */
  public static final List<NightlyJob> JOBS =
      List.of(
          new NightlyJob("daily-station-statistics", 2),
          new NightlyJob("invoice-settlement", 1),
          new NightlyJob("ledger-check", 1));

  private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

  @Resource TimerService timers;
  @EJB NightlyRuns runs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "ykc.nightly.time", defaultValue = "02:00")
  String time;

  @Inject
  @ConfigProperty(name = "ykc.nightly.catch-up-days", defaultValue = "7")
  int catchUpDays;

  @Inject
  @ConfigProperty(name = "ykc.nightly.lease", defaultValue = "PT2H")
  Duration lease;

  /** Expiries of unfinished claims' leases a timer looks again at (in this instance). */
  private final Set<Instant> lookingAgainAt = new HashSet<>();

  @PostConstruct
  void schedule() {
    LocalTime at = LocalTime.parse(time);
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(at.getSecond())
            .timezone(BusinessCalendar.ZONE.getId()),
        new TimerConfig("nightly", false));
    // the catch-up waits for the deployment to finish: the jobs' XML must be loadable
    timers.createSingleActionTimer(30_000, new TimerConfig("catch-up", false));
  }

  @Timeout
  void fire(Timer timer) {
    // the schedule's own firing runs the night just ended; a start-up only the nights due
    LocalDate lastNight =
        "nightly".equals(timer.getInfo())
            ? BusinessCalendar.businessDay(clock.instant()).minusDays(1)
            : new NightlySchedule(LocalTime.parse(time)).lastDueNight(clock.instant());
    LocalDate earliest = lastNight.minusDays(catchUpDays - 1L);
    for (NightlyJob job : JOBS) {
      takeOverStale(job, earliest);
      LocalDate from = runs.latestNight(job.jobName()).map(l -> l.plusDays(1)).orElse(lastNight);
      if (from.isBefore(earliest)) {
        from = earliest;
      }
      for (LocalDate night = from; !night.isAfter(lastNight); night = night.plusDays(1)) {
        try {
          run(job, night);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, job.jobName() + " for " + night + " did not start", e);
        }
      }
    }
  }

  /**
   * Runs again the job's nights from {@code earliest} whose claims are stale, where this instance
   * wins the takeover; for an unfinished claim whose lease has not run out yet, looks again when it
   * does, so a night left by an instance killed just before a restart is not left to the next
   * night's firing.
   */
  private void takeOverStale(NightlyJob job, LocalDate earliest) {
    NightlyLease leases = new NightlyLease(lease);
    JobOperator operator = BatchRuntime.getJobOperator();
    for (NightlyRun claim : runs.claimsFrom(job.jobName(), earliest)) {
      try {
        if (!leases.isUnfinished(claim, id -> statusOf(operator, id))) {
          continue;
        }
        Instant expiry = leases.expiry(claim);
        if (clock.instant().isBefore(expiry)) {
          lookAgainAt(expiry);
        } else if (runs.takeOver(claim, instance())) {
          LOG.warning(
              () ->
                  job.jobName()
                      + " for the night of "
                      + claim.getBusinessDate()
                      + " taken over from "
                      + claim.getClaimedBy()
                      + ", whose executions "
                      + claim.getExecutions()
                      + " did not finish");
          start(job, claim.getBusinessDate());
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            job.jobName() + " for " + claim.getBusinessDate() + " was not taken over",
            e);
      }
    }
  }

  /** A catch-up just after a lease runs out, once per expiry. */
  private void lookAgainAt(Instant expiry) {
    if (lookingAgainAt.add(expiry)) {
      timers.createSingleActionTimer(
          Date.from(expiry.plusSeconds(1)), new TimerConfig("lease", false));
    }
  }

  private static BatchStatus statusOf(JobOperator operator, long execution) {
    try {
      return operator.getJobExecution(execution).getBatchStatus();
    } catch (NoSuchJobExecutionException unknown) {
      // a repository that lost it cannot run it: as good as dead
      return BatchStatus.STARTED;
    }
  }

  /**
   * Runs a registered job's night unless it was claimed already, here or on another instance.
   *
   * @param night the business day the night closes
   * @return the started executions' ids; empty when the night was claimed already
   * @throws IllegalArgumentException for a job not in {@link #JOBS}
   */
  public List<Long> runNight(String jobName, LocalDate night) {
    return run(
        JOBS.stream()
            .filter(j -> j.jobName().equals(jobName))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no nightly job " + jobName)),
        night);
  }

  private List<Long> run(NightlyJob job, LocalDate night) {
    if (!runs.claim(job.jobName(), night, instance())) {
      return List.of();
    }
    return start(job, night);
  }

  /** Starts the executions of a night this instance holds the claim of. */
  private List<Long> start(NightlyJob job, LocalDate night) {
    List<Long> executions = new ArrayList<>();
    for (Properties parameters : job.executionsFor(night)) {
      executions.add(BatchRuntime.getJobOperator().start(job.jobName(), parameters));
    }
    runs.started(job.jobName(), night, executions);
    LOG.info(() -> job.jobName() + " for the night of " + night + ": executions " + executions);
    return executions;
  }

  private static String instance() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }
}
