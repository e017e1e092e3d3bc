package cn.evpark.wallet;

import cn.evpark.shared.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Paying into and out of drivers' wallets (money.md §6) and paying arrears. Each movement is one
 * ledger transaction, once per its business key.
 */
@Stateless
public class Wallets {

  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;

  /**
   * A top-up staff took offline (cash): the wallet is credited, the operator's cash clearing
   * account debited. Idempotent on {@code requestId}: a repeat returns the first posting.
   *
   * @param amount yuan, more than zero
   * @param requestId the staff client's id of this request, unique per top-up
   * @throws IllegalArgumentException when the amount is not positive
   */
  public Ledger.Posted staffTopUp(
      long operatorId,
      long driverId,
      Money amount,
      String reason,
      String staffAccount,
      String requestId) {
    requirePositive(amount);
    LedgerAccount wallet = accounts.wallet(operatorId, driverId);
    LedgerAccount cash = accounts.operatorAccount(operatorId, AccountKind.CASH_CLEARING);
    return ledger.post(
        new Posting(
            "staff-top-up:" + requestId,
            TransactionKind.STAFF_TOP_UP,
            operatorId,
            reason,
            staffAccount,
            List.of(
                new Posting.Leg(wallet.getId(), amount),
                new Posting.Leg(cash.getId(), amount.negated()))));
  }

  /**
   * Money paid back to the driver offline by staff: the wallet is debited, the cash clearing
   * account credited. Idempotent on {@code requestId}.
   *
   * @throws InsufficientBalanceException when the wallet holds less than {@code amount}
   */
  public Ledger.Posted staffRefund(
      long operatorId,
      long driverId,
      Money amount,
      String reason,
      String staffAccount,
      String requestId) {
    requirePositive(amount);
    LedgerAccount wallet = accounts.wallet(operatorId, driverId);
    LedgerAccount cash = accounts.operatorAccount(operatorId, AccountKind.CASH_CLEARING);
    return ledger.post(
        new Posting(
            "staff-refund:" + requestId,
            TransactionKind.STAFF_REFUND,
            operatorId,
            reason,
            staffAccount,
            List.of(
                new Posting.Leg(wallet.getId(), amount.negated()),
                new Posting.Leg(cash.getId(), amount))));
  }

  /** The driver's wallet balance at an operator (zero when the wallet was never opened). */
  public Money balance(long operatorId, long driverId) {
    return accounts
        .existing(operatorId, AccountKind.WALLET, driverId)
        .map(LedgerAccount::getBalance)
        .orElse(Money.ZERO);
  }

  /** What the driver owes the operator, as a positive amount (zero when nothing). */
  public Money arrears(long operatorId, long driverId) {
    return accounts
        .existing(operatorId, AccountKind.ARREARS, driverId)
        .map(a -> a.getBalance().negated())
        .orElse(Money.ZERO);
  }

  private static void requirePositive(Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("an amount paid in or out is more than zero: " + amount);
    }
  }
}
