package cn.evpark.batch.ledger;

import cn.evpark.batch.BusinessDates;
import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerFinding;
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
import java.util.logging.Logger;

/** Records the chunk's differences for the check date, for staff; corrects nothing. */
@Named
@Dependent
public class LedgerDifferenceWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(LedgerDifferenceWriter.class.getName());

  @EJB LedgerCheck check;
  @Inject Clock clock;

  @Inject
  @BatchProperty(name = BusinessDates.PARAMETER)
  String date;

  private LocalDate checkDate;

  @Override
  public void open(Serializable checkpoint) {
    checkDate = BusinessDates.of(date, clock);
  }

  @Override
  public void writeItems(List<Object> items) {
    List<LedgerFinding> findings = items.stream().map(LedgerFinding.class::cast).toList();
    findings.forEach(f -> LOG.warning("ledger check " + checkDate + ": " + f));
    check.record(checkDate, findings);
  }
}
