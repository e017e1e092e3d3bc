package cn.evpark.batch.statistics;

import cn.evpark.statistics.StationDayStatistics;
import cn.evpark.statistics.StationStatistics;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Stores a chunk of stations' figures (a list of days each), replacing the rows of their (station,
 * day) keys.
 */
@Named
@Dependent
public class StationDayWriter extends AbstractItemWriter {

  @EJB StationStatistics statistics;

  @Override
  public void writeItems(List<Object> items) {
    statistics.replace(
        items.stream()
            .flatMap(days -> ((List<?>) days).stream())
            .map(StationDayStatistics.class::cast)
            .toList());
  }
}
