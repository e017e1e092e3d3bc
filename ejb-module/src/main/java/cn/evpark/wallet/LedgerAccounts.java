package cn.evpark.wallet;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the ledger accounts of a driver or an operator, opening each the first time it is needed.
 * An account is unique per (operator, kind, holder): two callers opening the same account at once
 * both end up with the same row.
 */
@Stateless
public class LedgerAccounts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The driver's wallet (钱包) at an operator, opened with a zero balance if new. */
  public LedgerAccount wallet(long operatorId, long driverId) {
    return account(operatorId, AccountKind.WALLET, driverId);
  }

  /**
   * The driver's held occupancy deposits (占位押金, parking.md §3) at an operator, opened with a zero
   * balance if new.
   */
  public LedgerAccount occupancyDeposit(long operatorId, long driverId) {
    return account(operatorId, AccountKind.OCCUPANCY_DEPOSIT, driverId);
  }

  /** The driver's arrears (欠费) at an operator, opened with a zero balance if new. */
  public LedgerAccount arrears(long operatorId, long driverId) {
    return account(operatorId, AccountKind.ARREARS, driverId);
  }

  /**
   * A card's stored value (money.md §1: an e-card or IC card is an account of its own), opened with
   * a zero balance if new.
   *
   * @param kind {@link AccountKind#E_CARD} or {@link AccountKind#IC_CARD}
   * @param cardId the card, the account's holder
   * @throws IllegalArgumentException for a kind that is not a card's
   */
  public LedgerAccount card(long operatorId, AccountKind kind, long cardId) {
    if (!kind.isCard()) {
      throw new IllegalArgumentException(kind + " is not a card's account");
    }
    return account(operatorId, kind, cardId);
  }

  /** One of the operator's own accounts, opened if new. */
  public LedgerAccount operatorAccount(long operatorId, AccountKind kind) {
    if (kind.isDriverAccount()) {
      throw new IllegalArgumentException(kind + " belongs to a driver");
    }
    return account(operatorId, kind, LedgerAccount.OPERATOR_HOLDER);
  }

  /**
   * The driver's wallets, arrears and held deposits at every operator, by operator (cards are held
   * by cards).
   */
  public List<LedgerAccount> ofDriver(long driverId) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(LedgerAccount.class, "a")
        .where("a.holderId = :driver and a.kind in :kinds")
        .orderBy("a.operatorId, a.kind")
        .select("a", LedgerAccount.class)
        .setParameter("driver", driverId)
        .setParameter(
            "kinds",
            List.of(AccountKind.WALLET, AccountKind.ARREARS, AccountKind.OCCUPANCY_DEPOSIT))
        .getResultList();
  }

  /** The balances of existing accounts, by id, in one query (yuan); unknown ids are left out. */
  public Map<Long, Money> balances(Collection<Long> ids) {
    Map<Long, Money> balances = new HashMap<>();
    if (!ids.isEmpty()) {
      ScopedQuery.in(Scope.platform(), em)
          .from(LedgerAccount.class, "a")
          .where("a.id in :ids")
          .select("a", LedgerAccount.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(a -> balances.put(a.getId(), a.getBalance()));
    }
    return balances;
  }

  /** An existing account of a driver, without opening it. */
  public Optional<LedgerAccount> existing(long operatorId, AccountKind kind, long holderId) {
    return ScopedQuery.in(Scope.operator(operatorId), em)
        .from(LedgerAccount.class, "a")
        .where("a.kind = :kind and a.holderId = :holder")
        .select("a", LedgerAccount.class)
        .setParameter("kind", kind)
        .setParameter("holder", holderId)
        .getResultStream()
        .findFirst();
  }

  private LedgerAccount account(long operatorId, AccountKind kind, long holderId) {
    if (kind.isDriverAccount() == (holderId == LedgerAccount.OPERATOR_HOLDER)) {
      throw new IllegalArgumentException(kind + " held by " + holderId);
    }
    Optional<LedgerAccount> found = existing(operatorId, kind, holderId);
    if (found.isPresent()) {
      return found.get();
    }
    // Opened in the caller's transaction, so an operator created in it too is seen; a concurrent
    // opening of the same account waits on the unique key and then leaves the row as it is.
    em.createNativeQuery(
            "INSERT INTO ledger_account (operator_id, kind, holder_id, balance, created_at)"
                + " VALUES (?, ?, ?, 0, ?) ON DUPLICATE KEY UPDATE holder_id = holder_id")
        .setParameter(1, operatorId)
        .setParameter(2, kind.name())
        .setParameter(3, holderId)
        .setParameter(4, BusinessCalendar.toStored(clock.instant()))
        .executeUpdate();
    // A locking read sees the committed row even under REPEATABLE READ.
    return ScopedQuery.in(Scope.operator(operatorId), em)
        .from(LedgerAccount.class, "a")
        .where("a.kind = :kind and a.holderId = :holder")
        .select("a", LedgerAccount.class)
        .setParameter("kind", kind)
        .setParameter("holder", holderId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("account not opened: " + kind));
  }
}
