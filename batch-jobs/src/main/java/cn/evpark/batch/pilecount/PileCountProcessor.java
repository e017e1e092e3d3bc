package cn.evpark.batch.pilecount;

import cn.evpark.statistics.StationPiles;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;

/** Turns a station's piles into its count. Pure but for the clock. */
@Named
@Dependent
public class PileCountProcessor implements ItemProcessor {

  @Inject Clock clock;

  @Override
  public Object processItem(Object item) {
    return ((StationPiles) item).count(LocalDateTime.now(clock));
  }
}
