package cn.evpark.tariff;

import cn.evpark.cluster.PileLink;
import cn.evpark.operator.CallerScope;
import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModelSet;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.PileMessage;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers billing models to piles (0x58) in the background and records, per pile, whether they
 * took it (0x57); every five minutes it tries again the online piles that still hold an old model.
 *
 * <p>Runs as the platform ({@link CallerScope#PLATFORM}): it only ever sends a pile its own
 * station's model, so it needs no caller's scope, and it must work whoever set it going: staff
 * through {@link BillingModelPush} (which checks what they may change first), a change that
 * committed after its caller's identity was gone (the demo data at start-up, a settlement in the
 * pile message MDB), and the timer, which has no caller.
 */
@Stateless
@RunAs(CallerScope.PLATFORM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingModelDelivery {

  private static final Logger LOG = Logger.getLogger(BillingModelDelivery.class.getName());

  /** Longer than the adapter's own retries (3 × 10 s by default), which always end a command. */
  private static final long WAIT_MINUTES = 5;

  /** How long a push may wait for its answer before the timer sends the model again. */
  private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

  @EJB PileBillingModels models;
  @EJB PileLink link;

  /** Pushes the model to every pile of the stations, in the background. */
  @Asynchronous
  public void pushToStations(Set<Long> stationIds) {
    List<PileCode> codes = models.pilesOf(stationIds);
    push(codes, link.onlineAmong(codes));
  }

  /** Pushes each pile the model it must hold, in the background, on whichever member holds it. */
  @Asynchronous
  public void pushInBackground(List<PileCode> codes) {
    push(codes, link.onlineAmong(codes));
  }

  /**
   * Tries again the online piles that hold an old model (a charging pile may be idle now), except
   * those that logged in within the last {@link #RETRY_AFTER}: they check their model themselves.
   * Every cluster member runs this timer for the piles logged in on it, so each pile is tried once.
   */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void retryOutOfDate() {
    List<PileCode> codes = models.dueForAnotherPush(RETRY_AFTER, RETRY_AFTER);
    if (!codes.isEmpty()) {
      push(codes, link.onlineHere(codes));
    }
  }

  /**
   * Sends the model to each of {@code codes} that is in {@code online} and waits for the answers;
   * blocks its (background) thread.
   */
  private void push(Collection<PileCode> codes, Map<PileCode, PileLiveState> online) {
    List<Sent> sent = new ArrayList<>();
    for (PileCode code : codes) {
      PileLiveState state = online.get(code);
      if (state == null) {
        continue; // it verifies its model when it logs in (§11.2): no query for an offline pile
      }
      models
          .target(code)
          .ifPresent(
              target -> {
                if (state.guns().containsValue(GunState.CHARGING)) {
                  models.recordPushEnded(
                      target.pileId(), target.model().number(), PushOutcome.CHARGING);
                } else {
                  models.recordPushing(target.pileId(), target.model().number());
                  sent.add(new Sent(target, link.send(new BillingModelSet(code, target.model()))));
                }
              });
    }
    for (Sent s : sent) {
      models.recordPushEnded(s.target().pileId(), s.target().model().number(), outcome(s));
    }
  }

  private static PushOutcome outcome(Sent sent) {
    try {
      PileMessage reply = sent.reply().toCompletableFuture().get(WAIT_MINUTES, TimeUnit.MINUTES);
      return ((BillingModelSetReply) reply).success() ? PushOutcome.ACCEPTED : PushOutcome.REFUSED;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof PileOfflineException) {
        return PushOutcome.OFFLINE;
      }
      if (!(e.getCause() instanceof CommandTimeoutException)) {
        LOG.log(
            Level.WARNING, "push to pile " + sent.target().pileCode() + " failed", e.getCause());
      }
      return PushOutcome.NO_REPLY;
    } catch (TimeoutException e) {
      return PushOutcome.NO_REPLY;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return PushOutcome.NO_REPLY;
    }
  }

  private record Sent(PushTarget target, CompletionStage<PileMessage> reply) {}
}
