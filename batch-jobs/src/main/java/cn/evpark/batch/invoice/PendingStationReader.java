package cn.evpark.batch.invoice;

import cn.evpark.invoice.InvoiceBatches;
import cn.evpark.invoice.InvoiceGrouping.StationPending;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the stations with requested orders not yet in a batch, in pages by station id, and
 * checkpoints the last station handed out. A new run reads afresh: what a committed chunk batched
 * is no longer pending.
 */
@Named
@Dependent
public class PendingStationReader extends AbstractItemReader {

  static final int PAGE = 20;

  @EJB InvoiceBatches batches;

  private final Deque<StationPending> page = new ArrayDeque<>();
  private long lastStationId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastStationId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(batches.stationsWithPending(lastStationId, PAGE));
      exhausted = page.size() < PAGE;
    }
    StationPending next = page.poll();
    if (next != null) {
      lastStationId = next.station().stationId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastStationId;
  }
}
