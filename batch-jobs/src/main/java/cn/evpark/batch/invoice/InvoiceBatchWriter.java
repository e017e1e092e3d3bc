package cn.evpark.batch.invoice;

import cn.evpark.batch.BusinessDates;
import cn.evpark.invoice.InvoiceBatches;
import cn.evpark.invoice.InvoiceGrouping.BatchPlan;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Makes the chunk's batches, marking their orders, in the chunk's transaction: a run killed before
 * the commit leaves the orders pending for the next run, one killed after leaves them batched. An
 * order is never on two invoices (the invoice line's key is the order).
 */
@Named
@Dependent
public class InvoiceBatchWriter extends AbstractItemWriter {

  @EJB InvoiceBatches batches;
  @Inject Clock clock;

  @Inject
  @BatchProperty(name = BusinessDates.PARAMETER)
  String date;

  private LocalDate businessDate;

  @Override
  public void open(Serializable checkpoint) {
    businessDate = BusinessDates.of(date, clock);
  }

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      batches.make((BatchPlan) item, businessDate);
    }
  }
}
