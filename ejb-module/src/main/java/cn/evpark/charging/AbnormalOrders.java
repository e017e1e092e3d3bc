package cn.evpark.charging;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.GunSamples;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.protocol.TransactionSerial;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orders whose session went silent (money.md §3, ABNORMAL): charging or stopping, but no real-time
 * data (0x13) and no transaction record for {@code ykc.order.abnormal-after} (ISO-8601, PT30M by
 * default) since the last frame or, without any frame, since the order was created. They are shown
 * to staff as 异常, never guessed; a record arriving later still finishes and settles them.
 *
 * <p>Looked for every minute, or every half of {@code ykc.order.abnormal-after} when that is
 * shorter, on each instance: marking is idempotent (a state change under the row's version), so
 * several instances doing it at once change each order once. The timer has no caller: it runs as
 * the platform ({@link CallerScope#PLATFORM}), every operator's orders.
 */
@RunAs(CallerScope.PLATFORM)
@Singleton
@Startup
public class AbnormalOrders {

  private static final Logger LOG = Logger.getLogger(AbnormalOrders.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB GunSamples samples;

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "ykc.order.abnormal-after", defaultValue = "PT30M")
  Duration abnormalAfter;

  /**
   * How long a start may wait for the pile: longer than the adapter's tries of a command and the
   * minute a pile may take to start after plugging in (ykc-protocol.md §7.4, §11.4).
   */
  static final int START_ANSWER_MINUTES = 3;

  @PostConstruct
  void schedule() {
    if (abnormalAfter.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalStateException(
          "ykc.order.abnormal-after must be 2 seconds or longer, not " + abnormalAfter);
    }
    long every = Math.min(Duration.ofMinutes(1).toMillis(), abnormalAfter.toMillis() / 2);
    timers.createIntervalTimer(every, every, new TimerConfig("abnormal orders", false));
  }

  @Timeout
  void markSilentOrders() {
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    int failed = failUnansweredStarts(now.minusMinutes(START_ANSWER_MINUTES));
    if (failed > 0) {
      LOG.warning(() -> failed + " start(s) never answered: failed");
    }
    int marked = markSilentSince(now.minus(abnormalAfter));
    if (marked > 0) {
      LOG.warning(() -> marked + " charging order(s) silent for " + abnormalAfter + ": abnormal");
    }
  }

  /**
   * Fails the starts created before {@code since} (UTC) that are still waiting: the platform lost
   * their command (a restart while waiting), so no answer will come.
   *
   * @return how many failed
   */
  int failUnansweredStarts(LocalDateTime since) {
    int failed = 0;
    for (ChargingOrder order :
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where("o.state = :starting and o.createdAt < :since")
            .select("o", ChargingOrder.class)
            .setParameter("starting", OrderState.STARTING)
            .setParameter("since", since)
            .getResultList()) {
      if (order.startUnanswered()) {
        failed++;
      }
    }
    return failed;
  }

  /**
   * Marks abnormal the open orders with no frame since {@code silentSince} (UTC).
   *
   * @return how many were marked
   */
  int markSilentSince(LocalDateTime silentSince) {
    List<ChargingOrder> open =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where("o.state in :open and o.createdAt < :since")
            .select("o", ChargingOrder.class)
            .setParameter("open", List.of(OrderState.CHARGING, OrderState.STOPPING))
            .setParameter("since", silentSince)
            .getResultList();
    if (open.isEmpty()) {
      return 0;
    }
    Set<TransactionSerial> reporting =
        samples.reportingSince(
            open.stream().map(ChargingOrder::getTransactionSerial).toList(), silentSince);
    int marked = 0;
    for (ChargingOrder order : open) {
      if (!reporting.contains(order.getTransactionSerial()) && order.silent()) {
        marked++;
      }
    }
    return marked;
  }
}
