package cn.evpark.wallet;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The append-only double-entry ledger (money.md §2): posts each {@link Posting} once per
 * idempotency key, in the caller's transaction, with every account it moves locked.
 *
 * <p>Concurrency: the accounts of a posting are locked ({@code SELECT … FOR UPDATE}) in the order
 * of their ids, so two postings over the same accounts serialise and never deadlock on each other.
 * The key is then looked up with a locking read, which sees what a posting that held the locks
 * before has committed; a copy of a posting therefore finds the first and changes nothing. The
 * UNIQUE key constraint is the last line: two postings of one key over different accounts cannot
 * both commit.
 */
@Stateless
public class Ledger {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * The result of a posting.
   *
   * @param transaction the transaction of the posting's key
   * @param posted true when this call posted it, false when the key was posted before (then nothing
   *     moved)
   */
  public record Posted(LedgerTransaction transaction, boolean posted) {}

  /**
   * Posts {@code posting} unless its key was posted before.
   *
   * @throws InsufficientBalanceException when a wallet would go below zero (nothing is posted and
   *     the caller's transaction rolls back)
   * @throws IllegalArgumentException when an account does not exist or belongs to another operator
   */
  public Posted post(Posting posting) {
    List<Posting.Leg> legs =
        posting.legs().stream().sorted(Comparator.comparingLong(Posting.Leg::accountId)).toList();
    List<LedgerAccount> accounts =
        legs.stream().map(leg -> lock(leg.accountId(), posting.operatorId())).toList();
    Optional<LedgerTransaction> before = lockedByKey(posting.idempotencyKey());
    if (before.isPresent()) {
      return new Posted(before.get(), false);
    }
    LedgerTransaction transaction =
        new LedgerTransaction(posting, BusinessCalendar.toStored(clock.instant()));
    for (int i = 0; i < legs.size(); i++) {
      transaction.add(accounts.get(i), legs.get(i).amount());
    }
    em.persist(transaction);
    em.flush();
    return new Posted(transaction, true);
  }

  /** The transaction posted under {@code idempotencyKey}, if any. */
  public Optional<LedgerTransaction> find(String idempotencyKey) {
    return em.createQuery(
            "select t from LedgerTransaction t where t.idempotencyKey = :key",
            LedgerTransaction.class)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  /** An account's entries, newest first, {@code size} from {@code first}. */
  public List<LedgerEntry> entries(long accountId, int first, int size) {
    return em.createQuery(
            "select e from LedgerEntry e where e.accountId = :account order by e.id desc",
            LedgerEntry.class)
        .setParameter("account", accountId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** The sum of an account's entries: what its balance must equal (money.md §2). */
  public Money sumOfEntries(long accountId) {
    Object sum =
        em.createNativeQuery(
                "select coalesce(sum(amount), 0) from ledger_entry where account_id = ?")
            .setParameter(1, accountId)
            .getSingleResult();
    return new Money(new BigDecimal(sum.toString()));
  }

  private LedgerAccount lock(long accountId, long operatorId) {
    LedgerAccount account = em.find(LedgerAccount.class, accountId);
    if (account != null) {
      // the balance the entries are added to is the one read under the lock
      em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    }
    if (account == null || account.getOperatorId() != operatorId) {
      throw new IllegalArgumentException(
          "no ledger account " + accountId + " of operator " + operatorId);
    }
    return account;
  }

  private Optional<LedgerTransaction> lockedByKey(String idempotencyKey) {
    return em.createQuery(
            "select t from LedgerTransaction t where t.idempotencyKey = :key",
            LedgerTransaction.class)
        .setParameter("key", idempotencyKey)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
