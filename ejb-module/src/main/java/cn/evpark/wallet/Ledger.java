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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
    return postAll(List.of(posting)).get(0);
  }

  /**
   * Posts each of {@code postings}, in order, unless its key was posted before (by an earlier call
   * or earlier in the list): the accounts of all of them are locked first, in one statement and in
   * id order, so a batch of settlements takes each hot account (an operator's revenue) once.
   *
   * @return one result per posting, in order
   * @throws InsufficientBalanceException when a wallet would go below zero (the caller's
   *     transaction rolls back)
   * @throws IllegalArgumentException when an account does not exist or belongs to another operator
   */
  public List<Posted> postAll(List<Posting> postings) {
    if (postings.isEmpty()) {
      return List.of();
    }
    Map<Long, LedgerAccount> accounts =
        lock(
            postings.stream().flatMap(p -> p.legs().stream()).map(Posting.Leg::accountId).toList());
    Map<String, LedgerTransaction> posted =
        lockedByKeys(postings.stream().map(Posting::idempotencyKey).toList());
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    List<Posted> results = new ArrayList<>(postings.size());
    for (Posting posting : postings) {
      LedgerTransaction before = posted.get(posting.idempotencyKey());
      if (before != null) {
        results.add(new Posted(before, false));
        continue;
      }
      LedgerTransaction transaction = new LedgerTransaction(posting, now);
      posting.legs().stream()
          .sorted(Comparator.comparingLong(Posting.Leg::accountId))
          .forEach(leg -> transaction.add(account(accounts, leg, posting), leg.amount()));
      em.persist(transaction);
      posted.put(posting.idempotencyKey(), transaction);
      results.add(new Posted(transaction, true));
    }
    return results;
  }

  /**
   * Locks accounts ({@code SELECT … FOR UPDATE}, in id order, one statement) and reads their
   * balances under the lock, for a caller that decides amounts from a balance before it posts.
   *
   * @return the accounts that exist, by id
   */
  public Map<Long, LedgerAccount> lock(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, LedgerAccount> locked = new HashMap<>();
    ScopedQuery.in(Scope.platform(), em)
        .from(LedgerAccount.class, "a")
        .where("a.id in :ids")
        .orderBy("a.id")
        .select("a", LedgerAccount.class)
        .setParameter("ids", new TreeSet<>(accountIds))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        // the balance the entries are added to is the one read under the lock, also for an
        // account this transaction read before (EclipseLink's refresh hint)
        .setHint("eclipselink.refresh", "true")
        .getResultList()
        .forEach(a -> locked.put(a.getId(), a));
    return locked;
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

  private static LedgerAccount account(
      Map<Long, LedgerAccount> accounts, Posting.Leg leg, Posting posting) {
    LedgerAccount account = accounts.get(leg.accountId());
    if (account == null || account.getOperatorId() != posting.operatorId()) {
      throw new IllegalArgumentException(
          "no ledger account " + leg.accountId() + " of operator " + posting.operatorId());
    }
    return account;
  }

  /**
   * The transactions already posted under {@code keys}, by key, read with a lock: a posting that
   * held the accounts before has committed, and its key is seen.
   */
  private Map<String, LedgerTransaction> lockedByKeys(List<String> keys) {
    Map<String, LedgerTransaction> found = new HashMap<>();
    em.createQuery(
            "select t from LedgerTransaction t where t.idempotencyKey in :keys",
            LedgerTransaction.class)
        .setParameter("keys", new TreeSet<>(keys))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(t -> found.put(t.getIdempotencyKey(), t));
    return found;
  }
}
