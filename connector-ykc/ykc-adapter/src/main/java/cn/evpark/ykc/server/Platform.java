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
   * Handles one message (not a login) and returns the reply to send, if any.
   *
   * @throws PlatformUnavailableException when nothing can take the message now (no endpoint active,
   *     or it failed)
   */
  Optional<PlatformMessage> handle(PileEvent event);

  /**
   * How many {@link #handle} calls the platform takes at once. The server's queues deliver no more
   * together, and the rest wait for a place without holding a worker ({@link DeliveryPlaces}).
   * Unbounded unless the platform says otherwise.
   */
  default int messagePlaces() {
    return Integer.MAX_VALUE;
  }

  /**
   * Handles logins (0x01) of any piles, oldest first, in one transaction.
   *
   * @return each login's reply, in the order of {@code batch}; the platform has committed when this
   *     returns
   * @throws PlatformUnavailableException as {@link #handle}
   */
  List<Optional<PlatformMessage>> logins(List<PileEvent> batch);

  /**
   * Handles one pile's login (0x01) if the pile is still connected once the platform can take it.
   * In a reconnect storm logins queue for the platform longer than a pile waits for its answer; a
   * pile that gave up has hung up and sent its login again on a new connection, and answering the
   * old one would only delay the new one. The server's platform groups the logins of many piles
   * into one {@link #logins} ({@link GroupCommitPlatform}).
   *
   * @param connected whether the login's connection is still open; asked when the login's turn
   *     comes
   * @return the reply; empty, with nothing delivered, when the pile has hung up
   * @throws PlatformUnavailableException as {@link #handle}
   */
  default Optional<PlatformMessage> handleLogin(PileEvent event, BooleanSupplier connected) {
    return connected.getAsBoolean() ? logins(List.of(event)).get(0) : Optional.empty();
  }

  /**
   * Tells the platform that piles came online or went offline, oldest first, in one transaction.
   *
   * @throws PlatformUnavailableException when nothing can take the events now
   */
  void sessionEvents(List<PileSessionEvent> batch);

  /**
   * Tells the platform one pile came online or went offline. The server's platform groups the
   * events of many piles into one {@link #sessionEvents} ({@link GroupCommitPlatform}).
   *
   * @throws PlatformUnavailableException when nothing can take the event now
   */
  default void sessionEvent(PileSessionEvent event) {
    sessionEvents(List.of(event));
  }

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
