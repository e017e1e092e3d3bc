package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A handle on the adapter's YKC server for one unit of work. Cheap; close it when done (or use
 * try-with-resources). Commands sent through it keep running after it is closed.
 */
public interface YkcConnection extends AutoCloseable {

  /**
   * Sends a command to the pile it names and completes with the pile's matching reply (matched by
   * frame type, pile, gun and transaction serial where the reply has them). Commands to one pile
   * are sent one at a time, in order.
   *
   * <p>Fails with {@link PileOfflineException} at once when the pile has no logged-in connection,
   * with {@link CommandTimeoutException} when no reply came after the retries of the protocol spec
   * §11.4. Never blocks.
   */
  CompletionStage<PileMessage> send(PlatformMessage command);

  /** The live state of one pile; empty when it never connected since the adapter started. */
  Optional<PileLiveState> liveState(PileCode pileCode);

  /** The live state of every pile that is online now. */
  List<PileLiveState> onlinePiles();

  /** The YKC server's status. */
  ServerStatus status();

  /** The YKC server's counters on this instance. */
  YkcMetrics metrics();

  /**
   * Closes the pile's session on this instance when it is the connection {@code connectionId}
   * ({@link PileSessionEvent#connectionId}), as a new login of the pile would: the pile logged in
   * on another instance of the cluster. An OFFLINE event follows, as for any closed session.
   *
   * @param by where the pile logged in now, for the log
   * @return whether that connection was the pile's session here; false when the pile has another
   *     session or none
   */
  boolean takeOver(PileCode pileCode, long connectionId, String by);

  /**
   * Switches the hex log of every frame to and from one pile on or off (logger {@code
   * cn.evpark.ykc.frames}).
   */
  void logFrames(PileCode pileCode, boolean on);

  /** The piles whose frames are logged now. */
  Set<PileCode> frameLogged();

  @Override
  void close();
}
