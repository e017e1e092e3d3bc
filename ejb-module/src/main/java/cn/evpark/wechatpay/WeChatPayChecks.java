package cn.evpark.wechatpay;

import cn.evpark.operator.CallerScope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks WeChat Pay about what its notices have not settled (money.md §6): every {@code
 * ykc.wechat-pay.check-interval-seconds} (60 by default), on each instance, the payment orders
 * still unpaid {@code ykc.wechat-pay.check-after-seconds} (300) after their creation ({@link
 * UnpaidOrderChecks}) and the refunds not final as long after their request ({@link RefundChecks}),
 * each again every interval until settled (an order still payable at its {@code time_expire}).
 *
 * <p>Instances take turns per order: each claims its due orders and refunds under {@code FOR UPDATE
 * SKIP LOCKED} ({@link DueChecks}) for longer than a round can last: {@link #BATCH} items, each at
 * most {@link #CALLS_PER_CHECK} calls of at most {@link WeChatPayHttp#MAX_CALL_SECONDS}. After the
 * round, what it claimed and did not settle or reschedule is due again in an interval. What WeChat
 * says is applied idempotently, so two instances asking about one order change it once.
 *
 * <p>When WeChat cannot be reached, the round stops at once (another 49 timeouts would tell nothing
 * new), every order and refund stays as it is for the next round, and the outage is logged once,
 * when it starts, and when a check reaches WeChat again. The timer has no caller: it runs as the
 * platform ({@link CallerScope#PLATFORM}).
 */
@RunAs(CallerScope.PLATFORM)
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class WeChatPayChecks {

  private static final Logger LOG = Logger.getLogger(WeChatPayChecks.class.getName());

  /** Orders, and refunds, claimed per round. */
  static final int BATCH = 50;

  /**
   * Calls to WeChat one check makes at most: a query, then a close (an order); a create, then a
   * query (a refund WeChat refused).
   */
  static final int CALLS_PER_CHECK = 2;

  @Resource TimerService timers;
  @EJB PaymentOrders orders;
  @EJB Refunds refunds;
  @EJB UnpaidOrderChecks unpaidOrders;
  @EJB RefundChecks refundChecks;

  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.check-interval-seconds", defaultValue = "60")
  long intervalSeconds;

  /** Checked here, at startup: an order that expires as it is made could never be paid. */
  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.time-expire-seconds", defaultValue = "1800")
  long timeExpireSeconds;

  /** Whether the last call to WeChat failed: the outage is logged once. */
  private boolean unreachable;

  @PostConstruct
  void schedule() {
    if (timeExpireSeconds <= 0 || intervalSeconds <= 0) {
      throw new IllegalStateException(
          "ykc.wechat-pay.time-expire-seconds ("
              + timeExpireSeconds
              + ") and ykc.wechat-pay.check-interval-seconds ("
              + intervalSeconds
              + ") must be more than 0");
    }
    long millis = intervalSeconds * 1000;
    timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
  }

  /** How long a claim lasts: longer than the longest round, and at least an interval. */
  long leaseSeconds() {
    return Math.max(intervalSeconds, BATCH * CALLS_PER_CHECK * WeChatPayHttp.MAX_CALL_SECONDS + 60);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void checkDue() {
    DueChecks.Claim dueOrders = orders.claimDue(BATCH, leaseSeconds());
    boolean reached;
    try {
      reached = round(dueOrders.numbers(), unpaidOrders::check);
    } finally {
      orders.release(dueOrders, intervalSeconds);
    }
    if (!reached) {
      return;
    }
    DueChecks.Claim dueRefunds = refunds.claimDue(BATCH, leaseSeconds());
    try {
      round(dueRefunds.numbers(), refundChecks::check);
    } finally {
      refunds.release(dueRefunds, intervalSeconds);
    }
  }

  /**
   * Checks each number in turn.
   *
   * @param check true when it called WeChat and WeChat answered
   * @return false when WeChat could not be reached: the round stopped there
   */
  private boolean round(List<String> numbers, Predicate<String> check) {
    for (String number : numbers) {
      try {
        if (check.test(number) && unreachable) {
          unreachable = false;
          LOG.info("WeChat Pay answers again");
        }
      } catch (WeChatPayUnavailableException e) {
        if (!unreachable) {
          unreachable = true;
          LOG.warning(
              "WeChat Pay cannot be reached ("
                  + e.getMessage()
                  + "): orders and refunds are asked about again every "
                  + intervalSeconds
                  + " s");
        }
        return false;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, number + " not checked; checked next round", e);
      }
    }
    return true;
  }
}
