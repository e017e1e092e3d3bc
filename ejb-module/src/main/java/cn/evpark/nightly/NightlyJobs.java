package cn.evpark.nightly;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.BusinessCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly jobs (domain.md §8) and their schedule: every night at {@code ykc.nightly.time}
 * (Asia/Shanghai, {@code HH:mm}, default 02:00, after midnight) each job of {@link #JOBS} runs for
 * the business day that just ended.
 *
 * <p>The schedule is non-persistent and fires on every instance; a night runs once because it is
 * first claimed under a UNIQUE (job, day) row ({@link NightlyRuns}, servers-notes.md §2). At
 * start-up and at every firing, the nights missed since the last claimed one (at most {@code
 * ykc.nightly.catch-up-days}, default 7) are run too, oldest first, so days lost while the platform
 * was down are caught up at the next start.
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

  @PostConstruct
  void schedule() {
    LocalTime at = LocalTime.parse(time);
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(0)
            .timezone(BusinessCalendar.ZONE.getId()),
        new TimerConfig("nightly", false));
    // the catch-up waits for the deployment to finish: the jobs' XML must be loadable
    timers.createSingleActionTimer(30_000, new TimerConfig("catch-up", false));
  }

  @Timeout
  void fire() {
    LocalDate lastNight = BusinessCalendar.businessDay(clock.instant()).minusDays(1);
    for (NightlyJob job : JOBS) {
      LocalDate earliest = lastNight.minusDays(catchUpDays - 1L);
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
    if (!runs.claim(job.jobName(), night, ManagementFactory.getRuntimeMXBean().getName())) {
      return List.of();
    }
    List<Long> executions = new ArrayList<>();
    for (Properties parameters : job.executionsFor(night)) {
      executions.add(BatchRuntime.getJobOperator().start(job.jobName(), parameters));
    }
    runs.started(job.jobName(), night, executions);
    LOG.info(() -> job.jobName() + " for the night of " + night + ": executions " + executions);
    return executions;
  }
}
