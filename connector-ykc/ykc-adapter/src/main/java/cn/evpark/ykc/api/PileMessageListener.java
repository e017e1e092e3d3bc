package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.List;
import java.util.Optional;

/**
 * The message listener type of the adapter: an MDB implementing it receives the piles' business
 * messages.
 *
 * <p>Runs on: a container WorkManager thread. Messages of one pile arrive one at a time and in the
 * order the pile sent them.
 *
 * <p>Replies are written once a method has returned, so whatever a reply confirms must be committed
 * before the return, and a failed commit must be thrown: an MDB does its work in session beans and
 * runs without a transaction of its own, because the container commits an MDB's transaction after
 * the return and does not tell the adapter when that commit fails.
 */
public interface PileMessageListener {

  /**
   * Handles one message (every business message but logins, real-time data and transaction
   * records).
   *
   * @return the frame to send back on the pile's connection, if the message is answered
   */
  Optional<PlatformMessage> onPileMessage(PileEvent event);

  /**
   * Logins (0x01) of any piles, oldest first, as one unit of work, committed before the return (the
   * adapter then writes each reply, and an accepted one takes the pile online). Logins that arrive
   * while a batch is handled form the next batch; when a batch fails, the adapter hands its logins
   * over again one at a time. A login whose pile hung up before its batch formed is not handed
   * over.
   *
   * @return one reply per login ({@code LoginReply}), in the order of {@code batch}
   */
  List<Optional<PlatformMessage>> onLogins(List<PileEvent> batch);

  /**
   * Piles came online or went offline: events of any piles, oldest first, as one unit of work,
   * batched and retried one at a time as {@link #onLogins}. A pile's ONLINE is delivered after its
   * login reply is written and before the pile's next message; commands sent from here reach the
   * pile. Events of two connections of one pile (one taking the other over) may arrive in either
   * order, in one batch or two; their connection ids tell them apart.
   */
  void onSessionEvents(List<PileSessionEvent> batch);

  /**
   * Real-time data (0x13) worth keeping, collected over a short interval from every pile: frames of
   * a charging session and frames where a gun's state changed. Live state is in memory already
   * ({@link YkcConnection#liveState}); this is for the record. Oldest first.
   */
  void onRealTimeData(List<PileEvent> batch);

  /**
   * Transaction records (0x3B) of any piles, oldest first, as one unit of work, committed before
   * the return (the adapter then writes each reply). Records that arrive while one batch is handled
   * form the next batch; when a batch fails, the adapter hands its records over again one at a
   * time. A pile's records are never in two batches at once.
   *
   * @return one reply per record, in the order of {@code batch}
   */
  List<Optional<PlatformMessage>> onTransactionRecords(List<PileEvent> batch);
}
