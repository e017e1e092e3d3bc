package cn.evpark.wechatpay;

import cn.evpark.charging.ChargingOrders;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Driver;
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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores refunds of wallet balances and moves their money through the ledger (money.md §2, §6),
 * each step in the caller's transaction or one of its own, never while WeChat is called ({@link
 * WalletRefunds}). Its methods are public for the EJB container; only this feature calls them.
 *
 * <p>The money: at the request the wallet is debited into the operator's refund clearing account
 * ({@code wechat-refund:<out_refund_no>}); when WeChat paid it out, refund clearing goes to WeChat
 * clearing, the account WeChat top-ups came from ({@code wechat-refund-paid:<out_refund_no>}); when
 * the refund failed or was closed, refund clearing goes back to the wallet ({@code
 * wechat-refund-returned:<out_refund_no>}). Each once, by its key.
 */
@Stateless
public class Refunds {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;
  @EJB Wallets wallets;
  @EJB ChargingOrders chargingOrders;

  /** How long after a request or check WeChat is asked again about a refund not final. */
  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.check-after-seconds", defaultValue = "300")
  long checkAfterSeconds;

  /**
   * The refunds of a request.
   *
   * @param refunds its parts, in order
   * @param repeat true when the request's key was used before: these are the first request's
   */
  public record Requested(List<Refund> refunds, boolean repeat) {}

  /**
   * Opens the driver's refund of {@code amount} of the wallet at the operator: checks it, splits it
   * over the payments that paid the money in ({@link RefundSplit}) and debits the wallet, all in
   * one transaction with the driver locked (a driver's refunds and charging starts take turns).
   * Idempotent on {@code idempotencyKey}.
   *
   * @param amount yuan, more than zero
   * @param idempotencyKey the client's Idempotency-Key, 1 to 64 characters
   * @throws RuleViolationException (422) when the amount is not positive, exceeds the balance or
   *     what WeChat payments of the last year can take back, or the driver owes the operator (欠费:
   *     the balance pays that first, money.md §4.7) or is charging at it (the balance pays that
   *     session)
   * @throws NotFoundException when the driver is unknown or the operator takes no WeChat Pay
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Requested open(long driverId, long operatorId, Money amount, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new IllegalArgumentException("an Idempotency-Key has 1 to 64 characters");
    }
    if (em.find(Driver.class, driverId, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new NotFoundException("driver.notFound", "no driver " + driverId);
    }
    String requestKey = "driver:" + driverId + ":" + idempotencyKey;
    List<Refund> before = ofRequest(requestKey);
    if (!before.isEmpty()) {
      return new Requested(before, true);
    }
    if (em.find(WeChatMerchant.class, operatorId) == null) {
      throw new NotFoundException(
          "wechatpay.merchant.notFound", "operator " + operatorId + " takes no WeChat Pay");
    }
    if (amount == null || !amount.isPositive()) {
      throw rule("amount", "wechatpay.refund.amount", "a refund is of more than 0 yuan");
    }
    if (wallets.arrears(operatorId, driverId).isPositive()) {
      throw rule("", "wechatpay.refund.arrears", "the driver owes the operator (欠费)");
    }
    if (chargingOrders.openOf(driverId).filter(o -> o.getOperatorId() == operatorId).isPresent()) {
      throw rule("", "wechatpay.refund.charging", "the driver is charging at the operator");
    }
    LedgerAccount wallet = accounts.wallet(operatorId, driverId);
    Money balance = ledger.lock(List.of(wallet.getId())).get(wallet.getId()).getBalance();
    if (amount.compareTo(balance) > 0) {
      throw rule("amount", "wechatpay.refund.balance", "the balance is " + balance + " yuan");
    }
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    Map<Long, PaymentOrder> payments =
        paidOrders(driverId, operatorId).stream()
            .collect(Collectors.toMap(PaymentOrder::getId, p -> p));
    List<RefundSplit.Refundable> refundable = refundable(payments.values());
    List<RefundSplit.Part> parts = RefundSplit.split(amount.fen(), refundable, now);
    if (parts.isEmpty()) {
      throw rule(
          "amount",
          "wechatpay.refund.payments",
          "WeChat Pay payments of the last year can take back "
              + Money.ofFen(RefundSplit.refundableFen(refundable, now))
              + " yuan");
    }
    LedgerAccount clearing =
        accounts.operatorAccount(operatorId, AccountKind.WECHAT_REFUND_CLEARING);
    List<Refund> refunds = new ArrayList<>();
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      RefundSplit.Part part = parts.get(i);
      Refund refund =
          new Refund(
              newOutRefundNo(),
              requestKey,
              i + 1,
              payments.get(part.paymentOrderId()),
              Money.ofFen(part.fen()),
              now,
              now.plusSeconds(checkAfterSeconds));
      em.persist(refund);
      refunds.add(refund);
      postings.add(
          new Posting(
              "wechat-refund:" + refund.getOutRefundNo(),
              TransactionKind.WECHAT_REFUND,
              operatorId,
              null,
              "driver:" + driverId,
              List.of(
                  new Posting.Leg(wallet.getId(), refund.getAmount().negated()),
                  new Posting.Leg(clearing.getId(), refund.getAmount()))));
    }
    ledger.postAll(postings);
    em.flush();
    return new Requested(List.copyOf(refunds), false);
  }

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

  private List<PaymentOrder> paidOrders(long driverId, long operatorId) {
    return em.createQuery(
            "select o from PaymentOrder o where o.driverId = :driver and o.operatorId = :operator"
                + " and o.state = :paid",
            PaymentOrder.class)
        .setParameter("driver", driverId)
        .setParameter("operator", operatorId)
        .setParameter("paid", PaymentOrderState.PAID)
        .getResultList();
  }

  /** The payments with what refunds that did not give their money back took from each. */
  private List<RefundSplit.Refundable> refundable(Collection<PaymentOrder> payments) {
    if (payments.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> taken = new HashMap<>();
    em.createQuery(
            "select r.payment.id, sum(r.amountFen) from Refund r where r.payment.id in :ids"
                + " and r.state not in :returned group by r.payment.id",
            Object[].class)
        .setParameter("ids", payments.stream().map(PaymentOrder::getId).toList())
        .setParameter(
            "returned", List.of(RefundState.FAILED, RefundState.ABNORMAL, RefundState.CLOSED))
        .getResultList()
        .forEach(row -> taken.put((Long) row[0], ((Number) row[1]).longValue()));
    return payments.stream()
        .map(
            p ->
                new RefundSplit.Refundable(
                    p.getId(),
                    p.getPaidAt().orElseThrow(),
                    p.getAmount().fen() - taken.getOrDefault(p.getId(), 0L)))
        .toList();
  }

  private Optional<Refund> locked(String outRefundNo) {
    return em.createQuery("select r from Refund r where r.outRefundNo = :no", Refund.class)
        .setParameter("no", outRefundNo)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private static RuleViolationException rule(String field, String code, String message) {
    return new RuleViolationException(
        code, List.of(new RuleViolation(field, code, List.of(), message)));
  }

  /** {@code RF} and 30 random hex digits, like {@code out_trade_no} (WeChat allows 64). */
  static String newOutRefundNo() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return "RF" + HexFormat.of().formatHex(bytes);
  }
}
