package cn.evpark.batch.statistics;

import cn.evpark.statistics.StationDayInputs;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Turns a station's sums of the day into its six figures (money.md §7). Pure. */
@Named
@Dependent
public class StationDayProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    return ((StationDayInputs) item).figures();
  }
}
