package cn.evpark.wechatpay;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * Claims of the payment orders and refunds whose check at WeChat is due ({@link WeChatPayChecks}),
 * one SQL for both tables: the due rows are read {@code FOR UPDATE SKIP LOCKED} and their {@code
 * next_check_at} moved to the claim's end, in the caller's transaction, so instances checking at
 * once never take the same row while a claim lasts. The claim lasts longer than a round can (see
 * {@link WeChatPayChecks}); after the round, {@link #release} brings the rows it did not reschedule
 * itself back to the next interval.
 *
 * <p>The table, column and state names are this class's constants, never input. Public only because
 * the EJBs' public methods pass its {@link Claim} (their proxies must see it).
 */
public final class DueChecks {

  /** Payment orders: unpaid ones. */
  static final DueChecks PAYMENT_ORDERS =
      new DueChecks("payment_order", "out_trade_no", "'CREATED'");

  /** Refunds: those not final ({@link RefundState#isFinal}). */
  static final DueChecks REFUNDS =
      new DueChecks("wechat_refund", "out_refund_no", "'REQUESTED', 'PROCESSING', 'ABNORMAL'");

  /**
   * What one instance claimed.
   *
   * @param numbers {@code out_trade_no} or {@code out_refund_no}, the longest due first
   * @param until UTC, whole microseconds as stored: the claim's end, their {@code next_check_at}
   */
  public record Claim(List<String> numbers, LocalDateTime until) {
    public Claim {
      numbers = List.copyOf(numbers);
    }
  }

  private final String table;
  private final String numberColumn;
  private final String pendingStates;

  private DueChecks(String table, String numberColumn, String pendingStates) {
    this.table = table;
    this.numberColumn = numberColumn;
    this.pendingStates = pendingStates;
  }

  /** Claims at most {@code limit} due rows until {@code now + leaseSeconds}. */
  Claim claim(EntityManager em, LocalDateTime now, int limit, long leaseSeconds) {
    LocalDateTime until = now.plusSeconds(leaseSeconds).truncatedTo(ChronoUnit.MICROS);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, "
                    + numberColumn
                    + " FROM "
                    + table
                    + " WHERE state IN ("
                    + pendingStates
                    + ") AND next_check_at <= ? ORDER BY next_check_at LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return new Claim(List.of(), until);
    }
    Query update =
        em.createNativeQuery(
                "UPDATE "
                    + table
                    + " SET next_check_at = ? WHERE id IN ("
                    + marks(rows.size())
                    + ")")
            .setParameter(1, until);
    for (int i = 0; i < rows.size(); i++) {
      update.setParameter(i + 2, ((Number) rows.get(i)[0]).longValue());
    }
    update.executeUpdate();
    return new Claim(rows.stream().map(r -> (String) r[1]).toList(), until);
  }

  /**
   * Ends a claim: its rows still due at the claim's end (those the round did not reschedule, finish
   * or leave to staff) are next due at {@code next}.
   */
  void release(EntityManager em, Claim claim, LocalDateTime next) {
    if (claim.numbers().isEmpty()) {
      return;
    }
    Query update =
        em.createNativeQuery(
                "UPDATE "
                    + table
                    + " SET next_check_at = ? WHERE next_check_at = ? AND "
                    + numberColumn
                    + " IN ("
                    + marks(claim.numbers().size())
                    + ")")
            .setParameter(1, next)
            .setParameter(2, claim.until());
    for (int i = 0; i < claim.numbers().size(); i++) {
      update.setParameter(i + 3, claim.numbers().get(i));
    }
    update.executeUpdate();
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
