package cn.evpark.cluster;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PileScoped;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way to a pile, wherever its session is: this instance's YKC server when the pile is
 * logged in here, else the cluster member that holds it ({@link PileSessions}), through the grid.
 * Commands and live states of piles on other members cost one grid call (tens of milliseconds); a
 * single instance never makes one.
 *
 * <p>Failures are the adapter's, whichever member sent the command: {@link PileOfflineException}
 * when no member holds the pile or its member left the cluster before answering (the message says
 * which), {@link CommandTimeoutException} when the pile did not answer (§11.4).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileLink {

  private static final Logger LOG = Logger.getLogger(PileLink.class.getName());

  /** How long a page waits for another member's live states before showing them offline. */
  private static final long LIVE_STATES_SECONDS = 3;

  @Resource(lookup = "java:app/evpark/ykc")
  YkcConnectionFactory ykc;

  @Resource ManagedExecutorService executor;

  @Inject ClusterGrid grid;
  @Inject PileSessions sessions;

  /**
   * Sends a command to the pile it names and completes with the pile's reply, on a managed thread
   * when the pile is on another member. Never blocks.
   */
  public CompletionStage<PileMessage> send(PlatformMessage command) {
    PileCode code = ((PileScoped) command).pileCode();
    try (YkcConnection connection = connection()) {
      if (connection.liveState(code).filter(PileLiveState::online).isPresent()) {
        return connection.send(command);
      }
      Optional<String> holder = sessions.elsewhere(code);
      if (holder.isEmpty()) {
        return connection.send(command); // offline: the adapter says so
      }
      byte[] frame = YkcCodec.encode(YkcFrame.of(Sequence.ZERO, command));
      return grid.member()
          .orElseThrow()
          .call(holder.get(), RelayTask.send(grid.relayName(), frame))
          .handleAsync((answer, failure) -> reply(code, answer, failure), executor);
    }
  }

  /** The pile's live state: here, on the member that holds it, or as this instance last saw it. */
  public Optional<PileLiveState> liveState(PileCode code) {
    Map<PileCode, PileLiveState> online = onlineAmong(List.of(code));
    if (online.containsKey(code)) {
      return Optional.of(online.get(code));
    }
    try (YkcConnection connection = connection()) {
      return connection.liveState(code);
    }
  }

  /**
   * The live states of the piles among {@code codes} that are online on any member, by pile code:
   * one grid call per other member that holds some of them. A member that does not answer within
   * {@value #LIVE_STATES_SECONDS} s counts as holding none.
   */
  public Map<PileCode, PileLiveState> onlineAmong(Collection<PileCode> codes) {
    Map<PileCode, PileLiveState> online = onlineHere(codes);
    if (online.size() == codes.size()) {
      return online;
    }
    List<PileCode> rest = codes.stream().filter(code -> !online.containsKey(code)).toList();
    Map<String, CompletableFuture<Object>> asked = new HashMap<>();
    Map<String, String[]> askedCodes = new HashMap<>();
    for (Map.Entry<String, Set<PileCode>> held : sessions.elsewhere(rest).entrySet()) {
      String[] values = held.getValue().stream().map(PileCode::value).toArray(String[]::new);
      askedCodes.put(held.getKey(), values);
      asked.put(
          held.getKey(),
          grid.member()
              .orElseThrow()
              .call(held.getKey(), RelayTask.liveStates(grid.relayName(), values)));
    }
    asked.forEach(
        (member, answer) -> {
          String[] codesAsked = askedCodes.get(member);
          try {
            String[] states = (String[]) answer.get(LIVE_STATES_SECONDS, TimeUnit.SECONDS);
            for (int i = 0; i < codesAsked.length; i++) {
              if (states[i] != null) {
                PileCode code = new PileCode(codesAsked[i]);
                online.put(code, LiveStateText.parse(code, states[i]));
              }
            }
          } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "member " + member + " gave no live states", e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    return online;
  }

  /** The live states of the piles among {@code codes} that are online on this instance. */
  public Map<PileCode, PileLiveState> onlineHere(Collection<PileCode> codes) {
    Map<PileCode, PileLiveState> online = new HashMap<>();
    try (YkcConnection connection = connection()) {
      for (PileCode code : codes) {
        connection
            .liveState(code)
            .filter(PileLiveState::online)
            .ifPresent(state -> online.put(code, state));
      }
    }
    return online;
  }

  /** A relayed command's answer ({@link PileRelay#send}) or failure as this member's outcome. */
  static PileMessage reply(PileCode code, Object answer, Throwable failure) {
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException c ? c.getCause() : failure;
      if (cause instanceof MemberGoneException) {
        throw new PileOfflineException(
            code, "pile " + code.value() + " was on an instance that left the cluster");
      }
      throw new CompletionException(cause);
    }
    Object[] outcome = (Object[]) answer;
    return switch (PileRelay.Outcome.valueOf((String) outcome[0])) {
      case REPLY -> (PileMessage) YkcCodec.decode((byte[]) outcome[1]).message();
      case OFFLINE -> throw new PileOfflineException(code);
      case NO_REPLY ->
          throw new CommandTimeoutException(code, "the command sent through another instance");
      case FAILED ->
          throw new IllegalStateException(
              "pile " + code.value() + ": the command failed on another instance: " + outcome[1]);
    };
  }

  private YkcConnection connection() {
    try {
      return ykc.getConnection();
    } catch (ResourceException e) {
      throw new IllegalStateException("the YKC adapter gives no connection", e);
    }
  }
}
