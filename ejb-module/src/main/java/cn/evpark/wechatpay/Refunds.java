package cn.evpark.wechatpay;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stores refunds of wallet balances once requested ({@link RefundRequests}) and moves their money
 * through the ledger as WeChat answers (money.md §2, §6), each step in the caller's transaction or
 * one of its own, never while WeChat is called ({@link WalletRefunds}). Its methods are public for
 * the EJB container; only this feature calls them.
 *
 * <p>The money: at the request the wallet is debited into the operator's refund clearing account
 * ({@code wechat-refund:<out_refund_no>}); when WeChat paid it out, refund clearing goes to WeChat
 * clearing, the account WeChat top-ups came from; when the refund failed or was closed, refund
 * clearing goes back to the wallet. While WeChat says ABNORMAL the money stays in refund clearing.
 * Both outcomes post under one key, {@code wechat-refund-outcome:<out_refund_no>}, so the ledger's
 * UNIQUE key itself refuses a refund both paid out and given back.
 */
@Stateless
public class Refunds {

  private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;
  @EJB Wallets wallets;

  /**
   * Applies WeChat's word on a refund ({@link Refund#finish}) and moves the money of an outcome
   * reached now, in the caller's transaction with the refund locked. A word that contradicts the
   * refund is kept on it for staff ({@link RefundOutcome#CONFLICT}) and commits: WeChat is told the
   * notice was taken, instead of sending it again for a day.
   *
   * @return what the word did
   * @throws NoticeRejectedException when no refund of the operator has that number, or the status
   *     is none of WeChat's (nothing moves)
   */
  public RefundOutcome answered(long operatorId, RefundNotice said) {
    Refund refund =
        locked(said.outRefundNo())
            .filter(r -> r.getOperatorId() == operatorId)
            .orElseThrow(
                () ->
                    new NoticeRejectedException(
                        NoticeRejectedException.Reason.UNKNOWN_ORDER,
                        "no refund " + said.outRefundNo()));
    RefundOutcome outcome = refund.finish(said, BusinessCalendar.toStored(clock.instant()));
    if (outcome.movesMoney()) {
      settle(refund, outcome, said);
    } else if (outcome == RefundOutcome.CONFLICT) {
      LOG.severe(
          () -> refund.getOutRefundNo() + " left to staff: " + refund.getCheck().wechatAnswer());
    }
    return outcome;
  }

  /**
   * WeChat has no such refund (its signed answer to our query): it fails and its money goes back to
   * the wallet, once.
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
    settle(refund, RefundOutcome.RETURNED, null);
    return true;
  }

  /**
   * Leaves a refund to staff: WeChat's word on it cannot be applied (see {@link Refund#conflict});
   * it is no longer asked about.
   */
  public void leaveToStaff(String outRefundNo, String wechatSays) {
    locked(outRefundNo)
        .filter(refund -> !refund.getState().isFinal())
        .ifPresent(
            refund -> {
              refund.conflict(wechatSays);
              LOG.severe(() -> outRefundNo + " left to staff: " + wechatSays);
            });
  }

  /** Claims the refunds not final whose check is due, like {@link PaymentOrders#claimDue}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DueChecks.Claim claimDue(int limit, long leaseSeconds) {
    return DueChecks.REFUNDS.claim(
        em, BusinessCalendar.toStored(clock.instant()), limit, leaseSeconds);
  }

  /** Ends a claim: its refunds still pending are next due in {@code seconds}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(DueChecks.Claim claim, long seconds) {
    DueChecks.REFUNDS.release(
        em, claim, BusinessCalendar.toStored(clock.instant()).plusSeconds(seconds));
  }

  /** The refund of this number, not locked. */
  public Optional<Refund> byOutRefundNo(String outRefundNo) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Refund.class, "r")
        .where("r.outRefundNo = :no")
        .select("r", Refund.class)
        .setParameter("no", outRefundNo)
        .getResultStream()
        .findFirst();
  }

  /** The parts of a request, in order. */
  public List<Refund> ofRequest(String requestKey) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Refund.class, "r")
        .where("r.requestKey = :key")
        .orderBy("r.part")
        .select("r", Refund.class)
        .setParameter("key", requestKey)
        .getResultList();
  }

  /**
   * The operator's refunds staff must see, newest first, at most {@code size}: ABNORMAL ones (stuck
   * at WeChat, their money in refund clearing) and those WeChat's word contradicted.
   */
  public List<Refund> forStaff(long operatorId, int size) {
    return ScopedQuery.in(Scope.operator(operatorId), em)
        .from(Refund.class, "r")
        .where("r.state = :abnormal or r.check.needsStaff = true")
        .orderBy("r.id desc")
        .select("r", Refund.class)
        .setParameter("abnormal", RefundState.ABNORMAL)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * Refunds within a scope, newest first, {@code size} from {@code first}.
   *
   * @param driverId only this driver's; null for all
   */
  public List<Refund> inScope(Scope scope, Long driverId, int first, int size) {
    ScopedQuery refunds = ScopedQuery.in(scope, em).from(Refund.class, "r").orderBy("r.id desc");
    if (driverId != null) {
      refunds.where("r.driverId = :driver");
    }
    TypedQuery<Refund> query = refunds.select("r", Refund.class);
    if (driverId != null) {
      query.setParameter("driver", driverId);
    }
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  /** The driver's refunds, newest first, {@code size} from {@code first}. */
  public List<Refund> ofDriver(long driverId, int first, int size) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Refund.class, "r")
        .where("r.driverId = :driver")
        .orderBy("r.id desc")
        .select("r", Refund.class)
        .setParameter("driver", driverId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * Posts the refund's outcome under its one outcome key; the wallet and refund clearing (or WeChat
   * clearing and refund clearing) are locked together, in id order, by the ledger.
   *
   * @param said WeChat's word that reached it, or null when WeChat has no such refund
   */
  private void settle(Refund refund, RefundOutcome outcome, RefundNotice said) {
    long operatorId = refund.getOperatorId();
    LedgerAccount clearing =
        accounts.operatorAccount(operatorId, AccountKind.WECHAT_REFUND_CLEARING);
    Money amount = refund.getAmount();
    boolean paid = outcome == RefundOutcome.PAID;
    LedgerAccount to =
        paid
            ? accounts.operatorAccount(operatorId, AccountKind.WECHAT_CLEARING)
            : accounts.wallet(operatorId, refund.getDriverId());
    TransactionKind kind =
        paid ? TransactionKind.WECHAT_REFUND_PAID : TransactionKind.WECHAT_REFUND_RETURNED;
    Ledger.Posted posted =
        ledger.post(
            new Posting(
                outcomeKey(refund.getOutRefundNo()),
                kind,
                operatorId,
                paid ? null : refund.getFailure().orElse(null),
                "wechat-pay",
                List.of(
                    new Posting.Leg(clearing.getId(), amount.negated()),
                    new Posting.Leg(to.getId(), amount))));
    if (!posted.posted()) {
      if (posted.transaction().getKind() != kind) {
        // the refund's state said otherwise: the ledger's key is the last guard, and staff decide
        refund.conflict(
            (said == null ? "WeChat has no such refund" : said.describe())
                + ": the ledger holds "
                + posted.transaction().getKind());
      }
      return;
    }
    if (!paid) {
      wallets.payArrearsFromWallet(
          operatorId, refund.getDriverId(), posted.transaction().getIdempotencyKey());
    }
  }

  /** The one ledger key of a refund's outcome, paid out or given back. */
  static String outcomeKey(String outRefundNo) {
    return "wechat-refund-outcome:" + outRefundNo;
  }

  private Optional<Refund> locked(String outRefundNo) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Refund.class, "r")
        .where("r.outRefundNo = :no")
        .select("r", Refund.class)
        .setParameter("no", outRefundNo)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
