package cn.evpark.batch.ledger;

import cn.evpark.wallet.LedgerFinding;
import cn.evpark.wallet.LedgerFinding.AccountTotals;
import cn.evpark.wallet.LedgerFinding.TransactionTotals;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Checks an account or a transaction (money.md §2) and passes on its {@link LedgerFinding}; what is
 * right is filtered, so the step's write count is the number of differences. Pure.
 */
@Named
@Dependent
public class LedgerCheckProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    if (item instanceof AccountTotals account) {
      return LedgerFinding.of(account).orElse(null);
    }
    return LedgerFinding.of((TransactionTotals) item).orElse(null);
  }
}
