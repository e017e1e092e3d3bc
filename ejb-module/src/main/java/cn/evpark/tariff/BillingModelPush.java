package cn.evpark.tariff;

import cn.evpark.operator.CallerScope;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.shared.NotFoundException;
import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModelSet;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.PileMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
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
 * Sends piles their new billing model (0x58) and records, per pile, whether they took it (0x57).
 *
 * <p>Pushed to every online pile concerned when a standard in use changes or a station gets another
 * one (domain.md 2.1); offline piles get it when they verify their model after logging in
 * (ykc-protocol.md §11.2). A pile with a gun charging is left alone: the spec delivers a new tariff
 * only to an idle pile, and a session keeps the model it started with (§5.6, §11.5). Every five
 * minutes the online piles that still hold an old model are tried again, and staff can push again
 * from the billing-model page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingModelPush {

  private static final Logger LOG = Logger.getLogger(BillingModelPush.class.getName());

  /** Longer than the adapter's own retries (3 × 10 s by default), which always end a command. */
  private static final long WAIT_MINUTES = 5;

  /** How long a push may wait for its answer before the timer sends the model again. */
  private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

  @Resource(lookup = "java:app/evpark/ykc")
  YkcConnectionFactory ykc;

  @Resource SessionContext context;
  @EJB PileBillingModels models;
  @EJB PileLiveStates live;
  @EJB CallerScope callerScope;

  /** Pushes the model to every pile of the stations, in the background. */
  @Asynchronous
  public void pushToStations(Set<Long> stationIds) {
    push(models.pilesOf(stationIds));
  }

  /**
   * Pushes the model to one pile the caller may change, in the background (重新下发); the outcome shows
   * on the billing-model page.
   *
   * @param code the pile's 14 digits
   * @throws NotFoundException when the text is no pile code, or no such pile is in scope
   */
  public void pushAgain(String code) {
    callerScope.forChange();
    PileRef pile =
        models
            .pile(code)
            .orElseThrow(() -> new NotFoundException("pile.notFound", "no pile " + code));
    self().pushInBackground(List.of(pile.code()));
  }

  /** Pushes the model to every out-of-date pile the caller may change, in the background. */
  public int pushAgainToAllOutOfDate() {
    callerScope.forChange();
    List<PileCode> codes =
        models.overview(true).stream()
            .filter(PileModelRow::online)
            .map(r -> PileCode.of(r.pileCode()))
            .toList();
    self().pushInBackground(codes);
    return codes.size();
  }

  /**
   * Pushes each pile the model it must hold, in the background. Checks no scope: it only ever sends
   * piles their own station's model; callers check what staff may change.
   */
  @Asynchronous
  public void pushInBackground(List<PileCode> codes) {
    push(codes);
  }

  /** Tries again the online piles that hold an old model (a charging pile may be idle now). */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void retryOutOfDate() {
    List<PileCode> codes = models.dueForAnotherPush(RETRY_AFTER);
    if (!codes.isEmpty()) {
      push(codes);
    }
  }

  /** Sends the model to each pile and waits for the answers; blocks its (background) thread. */
  private void push(Collection<PileCode> codes) {
    Map<PileCode, PileLiveState> online = live.online();
    List<Sent> sent = new ArrayList<>();
    try (YkcConnection connection = ykc.getConnection()) {
      for (PileCode code : codes) {
        models
            .target(code)
            .ifPresent(
                target -> {
                  PileLiveState state = online.get(code);
                  if (state == null) {
                    // it verifies its model when it logs in (§11.2)
                    return;
                  }
                  if (state.guns().containsValue(GunState.CHARGING)) {
                    models.recordPushEnded(
                        target.pileId(), target.model().number(), PushOutcome.CHARGING);
                  } else {
                    models.recordPushing(target.pileId(), target.model().number());
                    sent.add(
                        new Sent(
                            target, connection.send(new BillingModelSet(code, target.model()))));
                  }
                });
      }
    } catch (ResourceException e) {
      throw new IllegalStateException("the YKC adapter gives no connection", e);
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

  private BillingModelPush self() {
    return context.getBusinessObject(BillingModelPush.class);
  }

  private record Sent(PushTarget target, CompletionStage<PileMessage> reply) {}
}
