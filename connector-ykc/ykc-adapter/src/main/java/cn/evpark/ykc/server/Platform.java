package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Where the server hands the business messages of piles: in the container, the MDB behind the
 * inbound contract.
 *
 * <p>Runs on: a worker thread, never an event loop; may block.
 */
public interface Platform {

  /**
   * Handles one message and returns the reply to send, if any.
   *
   * @throws PlatformUnavailableException when nothing can take the message now (no endpoint active,
   *     or it failed)
   */
  Optional<PlatformMessage> handle(PileEvent event);

  /**
   * Handles a pile's login (0x01) if the pile is still connected once the platform can take it. In
   * a reconnect storm logins queue for the platform longer than a pile waits for its answer; a pile
   * that gave up has hung up and sent its login again on a new connection, and answering the old
   * one would only delay the new one.
   *
   * @param connected whether the login's connection is still open; asked when the login's turn
   *     comes
   * @return the reply; empty, with nothing delivered, when the pile has hung up
   * @throws PlatformUnavailableException as {@link #handle}
   */
  default Optional<PlatformMessage> handleLogin(PileEvent event, BooleanSupplier connected) {
    return connected.getAsBoolean() ? handle(event) : Optional.empty();
  }

  /**
   * Tells the platform a pile came online or went offline.
   *
   * @throws PlatformUnavailableException when nothing can take the event now
   */
  void sessionEvent(PileSessionEvent event);

  /**
   * Hands over a batch of real-time data to keep.
   *
   * @throws PlatformUnavailableException when nothing can take it now
   */
  void realTimeData(List<PileEvent> batch);

  /**
   * Hands over transaction records (0x3B) of any piles, oldest first, to be stored and answered in
   * one transaction.
   *
   * @return each record's reply, in the order of {@code batch}; the platform has committed when
   *     this returns
   * @throws PlatformUnavailableException when nothing can take them now
   */
  List<Optional<PlatformMessage>> transactionRecords(List<PileEvent> batch);
}
