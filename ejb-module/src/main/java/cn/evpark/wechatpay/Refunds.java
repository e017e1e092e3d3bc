package cn.evpark.wechatpay;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Stores refunds of wallet balances once requested ({@link RefundRequests}) and moves their money
 * through the ledger as WeChat answers (money.md §2, §6), each step in the caller's transaction or
 * one of its own, never while WeChat is called ({@link WalletRefunds}). Its methods are public for
 * the EJB container; only this feature calls them.
 *
 * <p>The money: at the request the wallet is debited into the operator's refund clearing account
 * ({@code wechat-refund:<out_refund_no>}); when WeChat paid it out, refund clearing goes to WeChat
 * clearing, the account WeChat top-ups came from ({@code wechat-refund-paid:<out_refund_no>}); when
 * the refund failed or was closed, refund clearing goes back to the wallet ({@code
 * wechat-refund-returned:<out_refund_no>}). Each once, by its key.
 */
@Stateless
public class Refunds {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;
  @EJB Wallets wallets;

  /**
   * Records WeChat's acceptance of a refund, or its word on the outcome, and moves the money of an
   * outcome reached now: the refund locked, then checked against WeChat's word ({@link
   * Refund#finish}), in the caller's transaction.
   *
   * @return true when money moved now; false for a repeat, or PROCESSING
   * @throws NoticeRejectedException when no refund of the operator has that number, or the word
   *     does not fit it (nothing moves)
   */
  public boolean answered(long operatorId, RefundNotice said) {
    Refund refund =
        locked(said.outRefundNo())
            .filter(r -> r.getOperatorId() == operatorId)
            .orElseThrow(
                () ->
                    new NoticeRejectedException(
                        NoticeRejectedException.Reason.UNKNOWN_ORDER,
                        "no refund " + said.outRefundNo()));
    Optional<RefundState> reached = refund.finish(said, BusinessCalendar.toStored(clock.instant()));
    reached.ifPresent(state -> settle(refund, state));
    return reached.isPresent();
  }

  /**
   * WeChat refused to make the refund: it fails and its money goes back to the wallet, once.
   *
   * @return true when it failed now
   */
  public boolean refused(String outRefundNo, String failure) {
    Refund refund =
        locked(outRefundNo)
            .orElseThrow(() -> new IllegalArgumentException("no refund " + outRefundNo));
    if (!refund.refused(failure, BusinessCalendar.toStored(clock.instant()))) {
      return false;
    }
    settle(refund, RefundState.FAILED);
    return true;
  }

  /**
   * Claims the refunds not final whose check is due, at most {@code limit}, like {@link
   * PaymentOrders#claimDue}.
   *
   * @return their numbers ({@code out_refund_no})
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> claimDue(int limit, long intervalSeconds) {
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, out_refund_no FROM wechat_refund"
                    + " WHERE state IN ('REQUESTED', 'PROCESSING') AND next_check_at <= ?"
                    + " ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    em.createQuery("update Refund r set r.nextCheckAt = :next where r.id in :ids")
        .setParameter("next", now.plusSeconds(intervalSeconds))
        .setParameter("ids", rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
        .executeUpdate();
    return rows.stream().map(r -> (String) r[1]).toList();
  }

  /** The refund of this number, not locked. */
  public Optional<Refund> byOutRefundNo(String outRefundNo) {
    return em.createQuery("select r from Refund r where r.outRefundNo = :no", Refund.class)
        .setParameter("no", outRefundNo)
        .getResultStream()
        .findFirst();
  }

  /** The parts of a request, in order. */
  public List<Refund> ofRequest(String requestKey) {
    return em.createQuery(
            "select r from Refund r where r.requestKey = :key order by r.part", Refund.class)
        .setParameter("key", requestKey)
        .getResultList();
  }

  /** The driver's refunds, newest first, {@code size} from {@code first}. */
  public List<Refund> ofDriver(long driverId, int first, int size) {
    return em.createQuery(
            "select r from Refund r where r.driverId = :driver order by r.id desc", Refund.class)
        .setParameter("driver", driverId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  private void settle(Refund refund, RefundState state) {
    long operatorId = refund.getOperatorId();
    LedgerAccount clearing =
        accounts.operatorAccount(operatorId, AccountKind.WECHAT_REFUND_CLEARING);
    Money amount = refund.getAmount();
    if (state == RefundState.SUCCESS) {
      LedgerAccount wechat = accounts.operatorAccount(operatorId, AccountKind.WECHAT_CLEARING);
      ledger.post(
          new Posting(
              "wechat-refund-paid:" + refund.getOutRefundNo(),
              TransactionKind.WECHAT_REFUND_PAID,
              operatorId,
              null,
              "wechat-pay",
              List.of(
                  new Posting.Leg(clearing.getId(), amount.negated()),
                  new Posting.Leg(wechat.getId(), amount))));
      return;
    }
    LedgerAccount wallet = accounts.wallet(operatorId, refund.getDriverId());
    Ledger.Posted returned =
        ledger.post(
            new Posting(
                "wechat-refund-returned:" + refund.getOutRefundNo(),
                TransactionKind.WECHAT_REFUND_RETURNED,
                operatorId,
                refund.getFailure().orElse(null),
                "wechat-pay",
                List.of(
                    new Posting.Leg(clearing.getId(), amount.negated()),
                    new Posting.Leg(wallet.getId(), amount))));
    if (returned.posted()) {
      wallets.payArrearsFromWallet(
          operatorId, refund.getDriverId(), returned.transaction().getIdempotencyKey());
    }
  }

  private Optional<Refund> locked(String outRefundNo) {
    return em.createQuery("select r from Refund r where r.outRefundNo = :no", Refund.class)
        .setParameter("no", outRefundNo)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
