package cn.evpark.batch.statistics;

import cn.evpark.statistics.StationDayInputs;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Turns a station's sums of each day into the day's six figures (money.md §7). Pure. */
@Named
@Dependent
public class StationDayProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    @SuppressWarnings("unchecked")
    List<StationDayInputs> days = (List<StationDayInputs>) item;
    return days.stream().map(StationDayInputs::figures).toList();
  }
}
