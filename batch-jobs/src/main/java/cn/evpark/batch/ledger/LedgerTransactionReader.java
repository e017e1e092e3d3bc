package cn.evpark.batch.ledger;

import cn.evpark.batch.KeyedReader;
import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerFinding.TransactionTotals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads every ledger transaction with the sum of its entries, in pages by id; checkpoints the id.
 */
@Named
@Dependent
public class LedgerTransactionReader extends KeyedReader<TransactionTotals> {

  static final int PAGE = 500;

  @EJB LedgerCheck check;

  public LedgerTransactionReader() {
    super(PAGE);
  }

  @Override
  protected List<TransactionTotals> pageAfter(long afterId, int size) {
    return check.transactionsAfter(afterId, size);
  }

  @Override
  protected long idOf(TransactionTotals item) {
    return item.transactionId();
  }
}
