package cn.evpark.nightly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A batch job the platform starts every night (domain.md §8), for the business day that night
 * closes.
 *
 * @param jobName the job's XML name in {@code META-INF/batch-jobs}
 * @param days how many business days each night runs, ending with the night's own: 1 for that day
 *     alone; 2 also runs the day before again, to catch records that arrived late (a pile uploading
 *     after midnight). Each day is an execution of its own with job parameter {@value #DATE}.
 */
public record NightlyJob(String jobName, int days) {

  /** The job parameter naming the business day, {@code yyyy-MM-dd} (Asia/Shanghai). */
  public static final String DATE = "date";

  public NightlyJob {
    Objects.requireNonNull(jobName);
    if (days < 1 || days > 7) {
      throw new IllegalArgumentException("a nightly job runs 1–7 days: " + days);
    }
  }

  /** The parameters of each execution the night starts, oldest day first. */
  public List<Properties> executionsFor(LocalDate night) {
    List<Properties> executions = new ArrayList<>(days);
    for (int back = days - 1; back >= 0; back--) {
      Properties parameters = new Properties();
      parameters.setProperty(DATE, night.minusDays(back).toString());
      executions.add(parameters);
    }
    return executions;
  }
}
