package cn.evpark.wallet;

import cn.evpark.operator.AccessDeniedException;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.StaffAccount;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paying into drivers' wallets (money.md §6) and paying their arrears from them. Each movement is
 * one ledger transaction, once per its business key.
 */
@Stateless
public class Wallets {

  @PersistenceContext EntityManager em;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;
  @EJB CallerScope callers;
  @EJB Drivers drivers;

  /**
   * A top-up by staff of an operator the caller may change (manual 七, 充值): {@link #staffTopUp}
   * under the caller's staff account.
   *
   * @param amount yuan, more than zero
   * @throws NotFoundException when the operator is outside the caller's scope or the driver unknown
   * @throws AccessDeniedException for a read-only account
   */
  public TopUp topUpByStaff(
      long operatorId, long driverId, Money amount, String reason, String requestId) {
    callers.forChange().check(operatorId, "operator.notFound");
    drivers
        .byId(driverId)
        .orElseThrow(() -> new NotFoundException("driver.notFound", "no driver " + driverId));
    String staff = callers.account().map(StaffAccount::getUsername).orElse("platform");
    Ledger.Posted posted = staffTopUp(operatorId, driverId, amount, reason, staff, requestId);
    long wallet = accounts.wallet(operatorId, driverId).getId();
    return new TopUp(
        posted.transaction().getId(), posted.posted(), posted.transaction().amountOn(wallet));
  }

  /**
   * A top-up as posted.
   *
   * @param transactionId its ledger transaction
   * @param posted true when this request posted it, false for a repeat of its request id
   * @param amount what the wallet was credited, yuan (the first request's amount on a repeat)
   */
  public record TopUp(long transactionId, boolean posted, Money amount) {}

  /**
   * The driver's wallets at the operators the caller may see.
   *
   * @throws NotFoundException when no driver has that phone
   */
  public DriverWallets ofDriverByPhone(String phone) {
    Driver driver =
        drivers
            .byPhone(phone)
            .orElseThrow(() -> new NotFoundException("driver.notFound", "no driver " + phone));
    Scope scope = callers.current();
    List<WalletStatement> visible =
        statementsOf(driver.getId(), 10).stream()
            .filter(w -> scope.covers(w.operatorId()))
            .toList();
    if (!scope.isPlatformWide() && visible.isEmpty()) {
      // a driver who never paid in at the caller's operator is not the operator's to see
      throw new NotFoundException("driver.notFound", "no driver " + phone);
    }
    return new DriverWallets(
        driver.getId(), driver.getPhone(), List.copyOf(driver.getPlates()), visible);
  }

  /** A driver (id, phone, plates) and the wallets the caller may see. */
  public record DriverWallets(
      long driverId, String phone, List<String> plates, List<WalletStatement> wallets) {}

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
    Ledger.Posted posted =
        ledger.post(
            new Posting(
                "staff-top-up:" + operatorId + ":" + requestId,
                TransactionKind.STAFF_TOP_UP,
                operatorId,
                reason,
                staffAccount,
                List.of(
                    new Posting.Leg(wallet.getId(), amount),
                    new Posting.Leg(cash.getId(), amount.negated()))));
    if (posted.posted()) {
      payArrearsFromWallet(operatorId, driverId, posted.transaction().getIdempotencyKey());
    } else if (posted.transaction().amountOn(wallet.getId()).compareTo(amount) != 0) {
      throw new RequestIdReusedException(requestId);
    }
    return posted;
  }

  /**
   * Pays what the driver owes the operator (欠费) from the wallet, as far as the wallet reaches:
   * called after every credit of a wallet, so a driver with arrears can start again once money
   * comes in (money.md §4.7). The accounts are locked in the ledger's order (by id) before the
   * amount is read.
   *
   * @param creditKey the idempotency key of the credit that brought the money; the payment's key
   *     derives from it, so a repeated credit pays nothing twice
   * @return what was paid, yuan; zero when nothing was owed or the wallet is empty
   */
  public Money payArrearsFromWallet(long operatorId, long driverId, String creditKey) {
    Optional<LedgerAccount> owed = accounts.existing(operatorId, AccountKind.ARREARS, driverId);
    Optional<LedgerAccount> wallet = accounts.existing(operatorId, AccountKind.WALLET, driverId);
    if (owed.isEmpty() || wallet.isEmpty()) {
      return Money.ZERO;
    }
    LedgerAccount first = owed.get().getId() < wallet.get().getId() ? owed.get() : wallet.get();
    LedgerAccount second = first == owed.get() ? wallet.get() : owed.get();
    em.lock(first, LockModeType.PESSIMISTIC_WRITE);
    em.lock(second, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(first);
    em.refresh(second);
    Money amount = owed.get().getBalance().negated().min(wallet.get().getBalance());
    if (!amount.isPositive()) {
      return Money.ZERO;
    }
    ledger.post(
        new Posting(
            "arrears-payment:" + creditKey,
            TransactionKind.ARREARS_PAYMENT,
            operatorId,
            null,
            "platform",
            List.of(
                new Posting.Leg(wallet.get().getId(), amount.negated()),
                new Posting.Leg(owed.get().getId(), amount))));
    return amount;
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

  /** The driver's wallets at every operator, with their latest {@code lines} ledger lines. */
  public List<WalletStatement> statementsOf(long driverId, int lines) {
    Map<Long, Money> arrears = new HashMap<>();
    Map<Long, Money> deposits = new HashMap<>();
    List<LedgerAccount> wallets = new ArrayList<>();
    for (LedgerAccount account : accounts.ofDriver(driverId)) {
      if (account.getKind() == AccountKind.ARREARS) {
        arrears.put(account.getOperatorId(), account.getBalance().negated());
      } else if (account.getKind() == AccountKind.OCCUPANCY_DEPOSIT) {
        deposits.put(account.getOperatorId(), account.getBalance());
      } else if (account.getKind() == AccountKind.WALLET) {
        wallets.add(account);
      }
    }
    return wallets.stream()
        .map(
            w ->
                new WalletStatement(
                    w.getOperatorId(),
                    w.getBalance(),
                    arrears.getOrDefault(w.getOperatorId(), Money.ZERO),
                    deposits.getOrDefault(w.getOperatorId(), Money.ZERO),
                    ledger.entries(w.getId(), 0, lines).stream()
                        .map(
                            e ->
                                new WalletStatement.Line(
                                    e.getTransaction().getPostedAt(),
                                    e.getTransaction().getKind(),
                                    e.getAmount(),
                                    e.getBalanceAfter()))
                        .toList()))
        .toList();
  }

  private static void requirePositive(Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("an amount paid in or out is more than zero: " + amount);
    }
  }
}
