package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.List;
import java.util.Optional;

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
