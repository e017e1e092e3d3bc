package cn.evpark.batch.pilecount;

import cn.evpark.batch.KeyedReader;
import cn.evpark.statistics.PileCountService;
import cn.evpark.statistics.StationPiles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads stations with their piles in pages by station id, and checkpoints the last id handed out,
 * so a restarted job goes on after the last committed chunk.
 */
@Named
@Dependent
public class StationReader extends KeyedReader<StationPiles> {

  static final int PAGE = 100;

  @EJB PileCountService counts;

  public StationReader() {
    super(PAGE);
  }

  @Override
  protected List<StationPiles> pageAfter(long afterId, int size) {
    return counts.stationsAfter(afterId, size);
  }

  @Override
  protected long idOf(StationPiles item) {
    return item.stationId();
  }
}
