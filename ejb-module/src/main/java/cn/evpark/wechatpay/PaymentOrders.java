package cn.evpark.wechatpay;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores payment orders, each step in a transaction of its own so that no database transaction
 * stays open while WeChat is called ({@link TopUps}). Its methods are public for the EJB container;
 * only this feature calls those that change orders.
 */
@Stateless
public class PaymentOrders {

  private static final Logger LOG = Logger.getLogger(PaymentOrders.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB WeChatMerchants merchants;

  /**
   * How long WeChat takes payment of an order ({@code time_expire}): at most 2 hours, the life of a
   * JSAPI {@code prepay_id}; a top-up is paid within a minute of being asked for, so 30 minutes by
   * default.
   */
  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.time-expire-seconds", defaultValue = "1800")
  long timeExpireSeconds;

  /** How long after its creation an order whose notice has not come is first asked about. */
  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.check-after-seconds", defaultValue = "300")
  long checkAfterSeconds;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A JSAPI {@code prepay_id} lives 2 hours: no order is payable longer. */
  static final long MAX_TIME_EXPIRE_SECONDS = 7200;

  /** A new order with the merchant it is paid to. */
  public record Opened(PaymentOrder order, MerchantKeys merchant, String notifyUrl) {}

  /**
   * Opens a {@code CREATED} order of the driver's wallet top-up at the operator, with a new {@code
   * out_trade_no}.
   *
   * @param amount yuan, more than zero
   * @throws NotFoundException when the operator has no WeChat Pay merchant
   */
  public Opened open(long driverId, long operatorId, Money amount) {
    WeChatMerchant merchant =
        merchants
            .of(operatorId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "wechatpay.merchant.notFound",
                        "operator " + operatorId + " takes no WeChat Pay"));
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    PaymentOrder order =
        new PaymentOrder(
            newOutTradeNo(),
            operatorId,
            driverId,
            amount,
            merchant.getMchid(),
            merchant.getAppid(),
            now,
            now.plusSeconds(Math.min(MAX_TIME_EXPIRE_SECONDS, timeExpireSeconds)),
            now.plusSeconds(checkAfterSeconds));
    em.persist(order);
    em.flush();
    return new Opened(order, merchant.keys(), merchant.getNotifyUrl());
  }

  /** Records WeChat's prepay id. */
  public PaymentOrder prepared(long orderId, String prepayId) {
    PaymentOrder order = em.find(PaymentOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    order.prepared(prepayId);
    return order;
  }

  /** Closes an order WeChat did not accept. */
  public void close(long orderId, String failure) {
    em.find(PaymentOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE)
        .close(failure, BusinessCalendar.toStored(clock.instant()));
  }

  /**
   * Closes an order that is still unpaid (WeChat closed it, or its payment failed); an order paid
   * meanwhile stays paid.
   */
  public void closeUnpaid(String outTradeNo, String failure) {
    lockedByOutTradeNo(outTradeNo)
        .filter(order -> order.getState() == PaymentOrderState.CREATED)
        .ifPresent(order -> order.close(failure, BusinessCalendar.toStored(clock.instant())));
  }

  /**
   * Claims the unpaid orders whose check is due, at most {@code limit}, for this caller until
   * {@code leaseSeconds} from now ({@link DueChecks}), in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DueChecks.Claim claimDue(int limit, long leaseSeconds) {
    return DueChecks.PAYMENT_ORDERS.claim(
        em, BusinessCalendar.toStored(clock.instant()), limit, leaseSeconds);
  }

  /** Ends a claim: its orders the round did not reschedule are next due in {@code seconds}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(DueChecks.Claim claim, long seconds) {
    DueChecks.PAYMENT_ORDERS.release(
        em, claim, BusinessCalendar.toStored(clock.instant()).plusSeconds(seconds));
  }

  /** An unpaid order is next asked about at {@code at} (UTC). */
  public void checkAgainAt(String outTradeNo, LocalDateTime at) {
    lockedByOutTradeNo(outTradeNo)
        .filter(order -> order.getState() == PaymentOrderState.CREATED)
        .ifPresent(order -> order.checkAgainAt(at));
  }

  /**
   * An unpaid order WeChat's word on cannot be applied (see {@link PaymentOrder#leaveToStaff}): it
   * is no longer asked about.
   */
  public void leaveToStaff(String outTradeNo, String wechatSays) {
    lockedByOutTradeNo(outTradeNo)
        .filter(order -> order.getState() == PaymentOrderState.CREATED)
        .ifPresent(
            order -> {
              order.leaveToStaff(wechatSays);
              LOG.severe(() -> outTradeNo + " left to staff: " + wechatSays);
            });
  }

  /** The order of this {@code out_trade_no}, not locked. */
  public Optional<PaymentOrder> byOutTradeNo(String outTradeNo) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(PaymentOrder.class, "o")
        .where("o.outTradeNo = :no")
        .select("o", PaymentOrder.class)
        .setParameter("no", outTradeNo)
        .getResultStream()
        .findFirst();
  }

  /** The order of this {@code out_trade_no}, locked until the caller's transaction ends. */
  public Optional<PaymentOrder> lockedByOutTradeNo(String outTradeNo) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(PaymentOrder.class, "o")
        .where("o.outTradeNo = :no")
        .select("o", PaymentOrder.class)
        .setParameter("no", outTradeNo)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The driver's payment orders, newest first, {@code size} from {@code first}. */
  public List<PaymentOrder> ofDriver(long driverId, int first, int size) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(PaymentOrder.class, "o")
        .where("o.driverId = :driver")
        .orderBy("o.id desc")
        .select("o", PaymentOrder.class)
        .setParameter("driver", driverId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * {@code TU} and 30 random hex digits: 32 characters, WeChat's limit for {@code out_trade_no},
   * unguessable so that nobody learns other orders' numbers from their own.
   */
  static String newOutTradeNo() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return "TU" + HexFormat.of().formatHex(bytes);
  }
}
