package cn.evpark.wallet;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A difference the nightly ledger check found (money.md §2): an account whose balance is not the
 * sum of its entries, or a ledger transaction whose entries do not sum to zero. Amounts in yuan.
 *
 * @param subjectId the account's or the transaction's id
 * @param expected the sum of the account's entries; 0 for a transaction
 * @param actual the account's balance column; the sum of the transaction's entries
 */
public record LedgerFinding(
    Kind kind, long subjectId, long operatorId, BigDecimal expected, BigDecimal actual)
    implements Serializable {

  /** What was checked. */
  public enum Kind {
    /** An account's balance against the sum of its entries. */
    ACCOUNT_BALANCE,
    /** A transaction's entries against zero. */
    TRANSACTION_SUM
  }

  /** An account with its balance and the sum of its entries, as read. */
  public record AccountTotals(long accountId, long operatorId, BigDecimal balance, BigDecimal sum)
      implements Serializable {}

  /** A ledger transaction with the sum of its entries, as read. */
  public record TransactionTotals(long transactionId, long operatorId, BigDecimal sum)
      implements Serializable {}

  /** The account's difference, if its balance is not the sum of its entries. Pure. */
  public static Optional<LedgerFinding> of(AccountTotals account) {
    return account.balance().compareTo(account.sum()) == 0
        ? Optional.empty()
        : Optional.of(
            new LedgerFinding(
                Kind.ACCOUNT_BALANCE,
                account.accountId(),
                account.operatorId(),
                account.sum(),
                account.balance()));
  }

  /** The transaction's difference, if its entries do not sum to zero. Pure. */
  public static Optional<LedgerFinding> of(TransactionTotals transaction) {
    return transaction.sum().signum() == 0
        ? Optional.empty()
        : Optional.of(
            new LedgerFinding(
                Kind.TRANSACTION_SUM,
                transaction.transactionId(),
                transaction.operatorId(),
                BigDecimal.ZERO,
                transaction.sum()));
  }
}
