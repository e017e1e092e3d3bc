package cn.evpark.wechatpay;

import cn.evpark.charging.ChargingOrders;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
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
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a driver's request of a refund of wallet money (money.md §6): its checks, its split over
 * the WeChat payments that paid the money in ({@link RefundSplit}), and the debit of the wallet
 * into the operator's refund clearing account ({@code wechat-refund:<out_refund_no>}, once per
 * refund), in one transaction of its own before WeChat is called ({@link WalletRefunds}). Its
 * methods are public for the EJB container; only this feature calls them.
 */
@Stateless
public class RefundRequests {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;
  @EJB Wallets wallets;
  @EJB ChargingOrders chargingOrders;
  @EJB Refunds refunds;

  /** How long after a request WeChat is asked again about a refund its answer did not settle. */
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
   * @throws InvalidIdempotencyKeyException (400) when the key is empty or longer
   * @throws RefundKeyReusedException (409) when the key named a request of another operator or
   *     amount
   * @throws RuleViolationException (422) when the amount is not positive, exceeds the balance or
   *     what WeChat payments of the last year can take back, or the driver owes the operator (欠费:
   *     the balance pays that first, money.md §4.7) or has an order at it not yet settled (under
   *     way, FINISHED or ABNORMAL: the balance pays that bill)
   * @throws NotFoundException when the driver is unknown or the operator takes no WeChat Pay
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Requested open(long driverId, long operatorId, Money amount, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new InvalidIdempotencyKeyException();
    }
    if (em.find(Driver.class, driverId, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new NotFoundException("driver.notFound", "no driver " + driverId);
    }
    String requestKey = "driver:" + driverId + ":" + idempotencyKey;
    List<Refund> before = refunds.ofRequest(requestKey);
    if (!before.isEmpty()) {
      long fen = before.stream().mapToLong(r -> r.getAmount().fen()).sum();
      if (before.get(0).getOperatorId() != operatorId
          || amount == null
          || !amount.isPositive()
          || amount.fen() != fen) {
        throw new RefundKeyReusedException(idempotencyKey);
      }
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
    if (chargingOrders.hasUnsettled(driverId, operatorId)) {
      throw rule(
          "", "wechatpay.refund.charging", "the driver has an unsettled order at the operator");
    }
    LedgerAccount wallet = accounts.wallet(operatorId, driverId);
    LedgerAccount clearing =
        accounts.operatorAccount(operatorId, AccountKind.WECHAT_REFUND_CLEARING);
    // both accounts the debits post to, in one statement in id order, as every posting locks them
    Money balance =
        ledger.lock(List.of(wallet.getId(), clearing.getId())).get(wallet.getId()).getBalance();
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

  private List<PaymentOrder> paidOrders(long driverId, long operatorId) {
    return ScopedQuery.in(Scope.operator(operatorId), em)
        .from(PaymentOrder.class, "o")
        .where("o.driverId = :driver and o.state = :paid")
        .select("o", PaymentOrder.class)
        .setParameter("driver", driverId)
        .setParameter("paid", PaymentOrderState.PAID)
        .getResultList();
  }

  /** The payments with what refunds that did not give their money back took from each. */
  private List<RefundSplit.Refundable> refundable(Collection<PaymentOrder> payments) {
    if (payments.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> taken = new HashMap<>();
    ScopedQuery.in(Scope.platform(), em)
        .from(Refund.class, "r")
        .where("r.payment.id in :ids and r.state not in :returned")
        .groupBy("r.payment.id")
        .select("r.payment.id, sum(r.amountFen)", Object[].class)
        .setParameter("ids", payments.stream().map(PaymentOrder::getId).toList())
        .setParameter("returned", List.of(RefundState.FAILED, RefundState.CLOSED))
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
