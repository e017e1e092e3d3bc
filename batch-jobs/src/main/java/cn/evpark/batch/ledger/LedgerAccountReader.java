package cn.evpark.batch.ledger;

import cn.evpark.batch.KeyedReader;
import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerFinding.AccountTotals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Reads every ledger account with the sum of its entries, in pages by id; checkpoints the id. */
@Named
@Dependent
public class LedgerAccountReader extends KeyedReader<AccountTotals> {

  static final int PAGE = 500;

  @EJB LedgerCheck check;

  public LedgerAccountReader() {
    super(PAGE);
  }

  @Override
  protected List<AccountTotals> pageAfter(long afterId, int size) {
    return check.accountsAfter(afterId, size);
  }

  @Override
  protected long idOf(AccountTotals item) {
    return item.accountId();
  }
}
