package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.FrameType;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Times the platform's replies to the pile's requests for the {@link LoadReport}: a request of a
 * type with a reply code ({@link FrameType#replyType()}) waits for the next reply of that type; one
 * left without a reply past the timeout, or lost with its connection, counts as unanswered.
 *
 * <p>Runs on: the pile's event loop.
 */
final class ReplyClock {

  private static final Map<FrameType, FrameType> REQUEST_OF_REPLY = new EnumMap<>(FrameType.class);

  static {
    for (FrameType type : FrameType.values()) {
      if (type.direction() == FrameType.Direction.UPLINK) {
        type.replyType().ifPresent(reply -> REQUEST_OF_REPLY.put(reply, type));
      }
    }
  }

  private final SimulatorStats stats;
  private final Duration timeout;
  private final Map<FrameType, ArrayDeque<Long>> outstanding = new EnumMap<>(FrameType.class);

  ReplyClock(SimulatorStats stats, Duration timeout) {
    this.stats = stats;
    this.timeout = timeout;
  }

  /** The pile sent a frame of {@code type}. */
  void sent(FrameType type) {
    if (type.direction() == FrameType.Direction.UPLINK && type.replyType().isPresent()) {
      outstanding.computeIfAbsent(type, t -> new ArrayDeque<>()).addLast(System.nanoTime());
    }
  }

  /** The pile received a frame of {@code type}; if it is a reply, its latency is recorded. */
  void received(FrameType type) {
    FrameType request = REQUEST_OF_REPLY.get(type);
    if (request != null) {
      ArrayDeque<Long> sent = outstanding.get(request);
      if (sent != null && !sent.isEmpty()) {
        stats.replied(request, System.nanoTime() - sent.pollFirst());
      }
    }
  }

  /** Counts requests older than the timeout as unanswered. */
  void sweep() {
    long limit = System.nanoTime() - timeout.toNanos();
    outstanding.forEach(
        (type, sent) -> {
          int stale = 0;
          while (!sent.isEmpty() && sent.peekFirst() < limit) {
            sent.pollFirst();
            stale++;
          }
          stats.unanswered(type, stale);
        });
  }

  /** The connection is gone: every open request is unanswered. */
  void lost() {
    outstanding.forEach((type, sent) -> stats.unanswered(type, sent.size()));
    outstanding.clear();
  }
}
