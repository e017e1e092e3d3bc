package cn.evpark.batch.ledger;

import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerFinding.AccountTotals;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads every ledger account with the sum of its entries, in pages by id; checkpoints the id. */
@Named
@Dependent
public class LedgerAccountReader extends AbstractItemReader {

  static final int PAGE = 500;

  @EJB LedgerCheck check;

  private final Deque<AccountTotals> page = new ArrayDeque<>();
  private long lastId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(check.accountsAfter(lastId, PAGE));
      exhausted = page.size() < PAGE;
    }
    AccountTotals next = page.poll();
    if (next != null) {
      lastId = next.accountId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
