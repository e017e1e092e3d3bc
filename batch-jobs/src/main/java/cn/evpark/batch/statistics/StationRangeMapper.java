package cn.evpark.batch.statistics;

import cn.evpark.shared.Money;
import cn.evpark.statistics.StationDayKey;
import cn.evpark.statistics.StatisticsInputs;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Properties;

/**
 * Splits the selected stations into {@code partitions} ranges of station ids, {@code (after,
 * last]}, of equal width; one range when the selection is a single station or empty. It allocates
 * the run's arrears payments to stations and days once ({@link
 * StatisticsInputs#arrearsPaidBetween}) and hands each partition its stations' share ({@link
 * ArrearsShares}, property {@code arrears}).
 */
@Named
@Dependent
public class StationRangeMapper implements PartitionMapper {

  @EJB StatisticsInputs inputs;

  @Inject @BatchProperty String date;

  @Inject @BatchProperty String to;

  @Inject @BatchProperty String operator;

  @Inject @BatchProperty String station;

  @Inject @BatchProperty String partitions;

  @Override
  public PartitionPlan mapPartitions() {
    long[] range = inputs.stationIdRange(Selection.of(operator, station)).orElse(new long[] {1, 0});
    Properties[] plans = ranges(range[0], range[1], Integer.parseInt(partitions.strip()));
    DayRange days = DayRange.of(date, to);
    Map<StationDayKey, Money> arrears = inputs.arrearsPaidBetween(days.from(), days.to());
    for (Properties plan : plans) {
      plan.setProperty(
          "arrears",
          ArrearsShares.encode(
              arrears,
              Long.parseLong(plan.getProperty("after")),
              Long.parseLong(plan.getProperty("last"))));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(plans.length);
    plan.setThreads(plans.length);
    plan.setPartitionProperties(plans);
    return plan;
  }

  /**
   * {@code n} ranges covering station ids {@code [first, last]} (fewer when there are fewer ids).
   */
  static Properties[] ranges(long first, long last, int n) {
    long ids = Math.max(0, last - first + 1);
    int count = (int) Math.max(1, Math.min(n, ids));
    Properties[] plans = new Properties[count];
    long after = first - 1;
    for (int i = 0; i < count; i++) {
      long end = i == count - 1 ? last : after + ids / count;
      plans[i] = new Properties();
      plans[i].setProperty("after", String.valueOf(after));
      plans[i].setProperty("last", String.valueOf(end));
      after = end;
    }
    return plans;
  }
}
