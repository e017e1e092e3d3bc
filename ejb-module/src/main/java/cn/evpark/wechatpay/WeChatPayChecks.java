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
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks WeChat Pay about what its notices have not settled (money.md §6): every {@code
 * ykc.wechat-pay.check-interval-seconds} (60 by default), on each instance, the payment orders
 * still unpaid {@code ykc.wechat-pay.check-after-seconds} (300) after their creation ({@link
 * UnpaidOrderChecks}) and the refunds not final as long after their request ({@link RefundChecks}),
 * each again every interval until settled. Instances take turns per order: each claims its due
 * orders and refunds under {@code FOR UPDATE SKIP LOCKED}, and what WeChat says is applied
 * idempotently, so two instances asking about one order change it once.
 *
 * <p>When WeChat cannot be reached, every order and refund stays as it is for the next round, and
 * the outage is logged once, when it starts (and when it ends). The timer has no caller: it runs as
 * the platform ({@link CallerScope#PLATFORM}).
 */
@RunAs(CallerScope.PLATFORM)
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class WeChatPayChecks {

  private static final Logger LOG = Logger.getLogger(WeChatPayChecks.class.getName());

  /** Orders, and refunds, claimed per round. */
  static final int BATCH = 50;

  @Resource TimerService timers;
  @EJB PaymentOrders orders;
  @EJB Refunds refunds;
  @EJB UnpaidOrderChecks unpaidOrders;
  @EJB RefundChecks refundChecks;

  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.check-interval-seconds", defaultValue = "60")
  long intervalSeconds;

  /** Whether the last call to WeChat failed: the outage is logged once. */
  private boolean unreachable;

  @PostConstruct
  void schedule() {
    long millis = Math.max(1, intervalSeconds) * 1000;
    timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void checkDue() {
    round(orders.claimDue(BATCH, intervalSeconds), unpaidOrders::check);
    round(refunds.claimDue(BATCH, intervalSeconds), refundChecks::check);
  }

  private void round(List<String> numbers, Consumer<String> check) {
    for (String number : numbers) {
      try {
        check.accept(number);
        if (unreachable) {
          unreachable = false;
          LOG.info("WeChat Pay answers again");
        }
      } catch (WeChatPayUnavailableException e) {
        if (!unreachable) {
          unreachable = true;
          LOG.warning(
              "WeChat Pay cannot be reached ("
                  + e.getMessage()
                  + "): orders and refunds are"
                  + " asked about again every "
                  + intervalSeconds
                  + " s");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, number + " not checked; checked next round", e);
      }
    }
  }
}
