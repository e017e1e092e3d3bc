package cn.evpark.batch.pilecount;

import cn.evpark.statistics.PileCountService;
import cn.evpark.statistics.StationPiles;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads stations with their piles in pages by station id, and checkpoints the last id handed out,
 * so a restarted job goes on after the last committed chunk.
 */
@Named
@Dependent
public class StationReader extends AbstractItemReader {

  static final int PAGE = 100;

  @EJB PileCountService counts;

  private final Deque<StationPiles> page = new ArrayDeque<>();
  private long lastStationId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastStationId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(counts.stationsAfter(lastStationId, PAGE));
      exhausted = page.size() < PAGE;
    }
    StationPiles next = page.poll();
    if (next != null) {
      lastStationId = next.stationId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastStationId;
  }
}
