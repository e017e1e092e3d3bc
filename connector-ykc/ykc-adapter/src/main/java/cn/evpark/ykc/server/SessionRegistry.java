package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logged-in connection of each pile (at most one: a new login takes over), and the last known
 * state of piles that went offline.
 *
 * <p>Runs on: any thread.
 */
final class SessionRegistry {

  private final ConcurrentHashMap<PileCode, PileConnection> online = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<PileCode, PileLiveState> offline = new ConcurrentHashMap<>();

  /**
   * Makes {@code connection} the pile's live session.
   *
   * @return the session it replaces, which the caller closes
   */
  Optional<PileConnection> register(PileConnection connection) {
    offline.remove(connection.pileCode());
    return Optional.ofNullable(online.put(connection.pileCode(), connection));
  }

  /** Forgets {@code connection} if it is still the pile's session; the pile is then offline. */
  void unregister(PileConnection connection, Instant at) {
    if (online.remove(connection.pileCode(), connection)) {
      offline.put(
          connection.pileCode(),
          new PileLiveState(connection.pileCode(), false, at, connection.lastFrameAt(), Map.of()));
    }
  }

  Optional<PileConnection> find(PileCode code) {
    return Optional.ofNullable(online.get(code));
  }

  Optional<PileLiveState> liveState(PileCode code) {
    PileConnection connection = online.get(code);
    return connection != null
        ? Optional.of(connection.liveState())
        : Optional.ofNullable(offline.get(code));
  }

  List<PileLiveState> online() {
    return online.values().stream().map(PileConnection::liveState).toList();
  }

  int onlineCount() {
    return online.size();
  }
}
