package cn.evpark.batch.ledger;

import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerFinding.TransactionTotals;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads every ledger transaction with the sum of its entries, in pages by id; checkpoints the id.
 */
@Named
@Dependent
public class LedgerTransactionReader extends AbstractItemReader {

  static final int PAGE = 500;

  @EJB LedgerCheck check;

  private final Deque<TransactionTotals> page = new ArrayDeque<>();
  private long lastId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(check.transactionsAfter(lastId, PAGE));
      exhausted = page.size() < PAGE;
    }
    TransactionTotals next = page.poll();
    if (next != null) {
      lastId = next.transactionId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
