package cn.evpark.batch.invoice;

import cn.evpark.batch.KeyedReader;
import cn.evpark.invoice.InvoiceBatches;
import cn.evpark.invoice.InvoiceGrouping.StationPending;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads the stations with requested orders not yet in a batch, in pages by station id, and
 * checkpoints the last station handed out. A new run reads afresh: what a committed chunk batched
 * is no longer pending.
 */
@Named
@Dependent
public class PendingStationReader extends KeyedReader<StationPending> {

  static final int PAGE = 20;

  @EJB InvoiceBatches batches;

  public PendingStationReader() {
    super(PAGE);
  }

  @Override
  protected List<StationPending> pageAfter(long afterId, int size) {
    return batches.stationsWithPending(afterId, size);
  }

  @Override
  protected long idOf(StationPending item) {
    return item.station().stationId();
  }
}
