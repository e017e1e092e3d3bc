package cn.evpark.batch.invoice;

import cn.evpark.invoice.InvoiceBatchState;
import cn.evpark.invoice.InvoiceBatches;
import cn.evpark.invoice.InvoiceDispatch;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hands the pending batches to the tax platform ({@code mode=send}), or asks about the sent ones
 * ({@code mode=check}), oldest first. Each batch is its own transactions ({@link InvoiceDispatch}),
 * so a run stopped or killed half way loses nothing: what was not recorded is done again by the
 * next run, and the platform takes a batch number once. The exit status counts the outcomes, e.g.
 * {@code DONE=3 FAILED=0 WAITING=1}.
 */
@Named
@Dependent
public class InvoiceDispatchBatchlet extends AbstractBatchlet {

  static final int PAGE = 100;

  @EJB InvoiceBatches batches;
  @EJB InvoiceDispatch dispatch;
  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "mode")
  String mode;

  private volatile boolean stopping;

  @Override
  public String process() {
    boolean send = !"check".equals(mode);
    InvoiceBatchState state = send ? InvoiceBatchState.PENDING : InvoiceBatchState.SENT;
    Map<InvoiceDispatch.Result, Integer> counts = new EnumMap<>(InvoiceDispatch.Result.class);
    for (InvoiceDispatch.Result r : InvoiceDispatch.Result.values()) {
      counts.put(r, 0);
    }
    long after = 0;
    List<Long> ids;
    do {
      ids = batches.idsIn(state, after, PAGE);
      for (long id : ids) {
        if (stopping) {
          return "STOPPED " + describe(counts);
        }
        InvoiceDispatch.Result result = send ? dispatch.send(id) : dispatch.check(id);
        counts.merge(result, 1, Integer::sum);
        after = id;
      }
    } while (ids.size() == PAGE);
    String status = describe(counts);
    step.setExitStatus(status);
    return status;
  }

  @Override
  public void stop() {
    stopping = true;
  }

  private static String describe(Map<InvoiceDispatch.Result, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (k, v) -> text.append(text.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return text.toString();
  }
}
