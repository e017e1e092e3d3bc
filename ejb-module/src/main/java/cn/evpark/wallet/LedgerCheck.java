package cn.evpark.wallet;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.wallet.LedgerFinding.AccountTotals;
import cn.evpark.wallet.LedgerFinding.TransactionTotals;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The nightly ledger check (money.md §2: "a nightly check proves it for every account"): reads
 * every account with the sum of its entries and every transaction with the sum of its entries, in
 * pages by id, and records what differs ({@link LedgerFinding}, {@link LedgerDifference}) for
 * staff. It never changes an account or an entry. The job's steps call it without a scope; {@link
 * #differences} is scoped to the caller's operator.
 */
@Stateless
public class LedgerCheck {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope scope;

  /** Removes a check date's findings, so the date's check runs afresh. */
  public void clear(LocalDate checkDate) {
    // every operator's findings: the check is the platform's (native, as no query of the caller's)
    em.createNativeQuery("DELETE FROM ledger_difference WHERE check_date = ?1")
        .setParameter(1, checkDate)
        .executeUpdate();
  }

  /** Accounts after {@code afterId} by id, each with its balance and the sum of its entries. */
  public List<AccountTotals> accountsAfter(long afterId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.id, a.operator_id, a.balance,"
                    + " (SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e"
                    + " WHERE e.account_id = a.id)"
                    + " FROM ledger_account a WHERE a.id > ?1 ORDER BY a.id LIMIT ?2")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AccountTotals(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3]))
        .toList();
  }

  /** Transactions after {@code afterId} by id, each with the sum of its entries. */
  public List<TransactionTotals> transactionsAfter(long afterId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.id, t.operator_id,"
                    + " (SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e"
                    + " WHERE e.transaction_id = t.id)"
                    + " FROM ledger_transaction t WHERE t.id > ?1 ORDER BY t.id LIMIT ?2")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TransactionTotals(
                    ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (BigDecimal) r[2]))
        .toList();
  }

  /**
   * Records findings of a check date. A finding recorded for the date already (a chunk run again
   * after a restart) is kept once: the row is keyed by date, kind and subject.
   */
  public void record(LocalDate checkDate, List<LedgerFinding> findings) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    for (LedgerFinding finding : findings) {
      em.createNativeQuery(
              "DELETE FROM ledger_difference WHERE check_date = ?1 AND kind = ?2"
                  + " AND subject_id = ?3")
          .setParameter(1, checkDate)
          .setParameter(2, finding.kind().name())
          .setParameter(3, finding.subjectId())
          .executeUpdate();
      em.persist(new LedgerDifference(checkDate, finding, now));
    }
  }

  /**
   * What the latest checks found, newest check date first, of the caller's operator (all for a
   * platform administrator).
   */
  public List<LedgerDifference> differences(int first, int size) {
    return ScopedQuery.in(scope.current(), em)
        .from(LedgerDifference.class, "d")
        .orderBy("d.checkDate desc, d.kind, d.subjectId")
        .select("d", LedgerDifference.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }
}
