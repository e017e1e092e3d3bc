package cn.evpark.wallet;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.Money;

/** A debit larger than the account's balance: money.md §2, a balance never goes below zero. */
public class InsufficientBalanceException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final Money balance;
  private final Money debit;

  public InsufficientBalanceException(Money balance, Money debit) {
    super("wallet.balance.insufficient", "balance " + balance + " is short of " + debit);
    this.balance = balance;
    this.debit = debit;
  }

  /** The balance before the debit, yuan. */
  public Money balance() {
    return balance;
  }

  /** The debit refused, yuan. */
  public Money debit() {
    return debit;
  }
}
