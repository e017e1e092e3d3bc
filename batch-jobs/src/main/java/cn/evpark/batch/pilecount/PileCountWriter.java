package cn.evpark.batch.pilecount;

import cn.evpark.statistics.PileCountService;
import cn.evpark.statistics.StationPileCount;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Stores a chunk of counts, replacing each station's previous count. */
@Named
@Dependent
public class PileCountWriter extends AbstractItemWriter {

  @EJB PileCountService counts;

  @Override
  public void writeItems(List<Object> items) {
    counts.record(items.stream().map(StationPileCount.class::cast).toList());
  }
}
