package cn.evpark.batch.invoice;

import cn.evpark.invoice.InvoiceGrouping;
import cn.evpark.invoice.InvoiceGrouping.StationPending;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Plans a station's batch ({@link InvoiceGrouping}); a station that cannot issue invoices yet is
 * filtered (the step's filter count), its orders left pending. Pure.
 */
@Named
@Dependent
public class InvoiceBatchProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    return InvoiceGrouping.plan((StationPending) item).orElse(null);
  }
}
