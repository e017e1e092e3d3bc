package cn.evpark.batch.ledger;

import cn.evpark.batch.BusinessDates;
import cn.evpark.wallet.LedgerCheck;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Removes the check date's earlier findings, so a run for the date reports what holds now. */
@Named
@Dependent
public class LedgerClearBatchlet extends AbstractBatchlet {

  @EJB LedgerCheck check;
  @Inject Clock clock;

  @Inject
  @BatchProperty(name = BusinessDates.PARAMETER)
  String date;

  @Override
  public String process() {
    check.clear(BusinessDates.of(date, clock));
    return "COMPLETED";
  }
}
