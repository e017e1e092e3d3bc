package cn.evpark.pile;

import java.util.Map;

/**
 * What has passed between the piles and this instance since its YKC server started: for the
 * metrics.
 *
 * @param connections open TCP connections, logged in or not
 * @param onlinePiles piles with a logged-in connection
 * @param framesIn frames received, by frame type code ({@code "0x03"})
 * @param framesOut frames sent, by frame type code
 * @param decodeErrors bytes that were no valid frame (bad CRC, length, start byte, ...)
 * @param unknownCodes code values outside their table in frames decoded and handled all the same,
 *     by field ({@code "TransactionRecord.transactionType"})
 * @param deliveryFailures pile messages the platform could not take or failed on
 * @param realTimeDropped real-time frames not kept because the platform fell behind
 * @param commandsSent commands sent to piles (first tries)
 * @param commandsTimedOut commands that got no reply after every try
 * @param commandLatency reply times of the latest commands
 */
public record PileTrafficFigures(
    int connections,
    int onlinePiles,
    Map<String, Long> framesIn,
    Map<String, Long> framesOut,
    long decodeErrors,
    Map<String, Long> unknownCodes,
    long deliveryFailures,
    long realTimeDropped,
    long commandsSent,
    long commandsTimedOut,
    Latency commandLatency) {

  public PileTrafficFigures {
    framesIn = Map.copyOf(framesIn);
    framesOut = Map.copyOf(framesOut);
    unknownCodes = Map.copyOf(unknownCodes);
  }

  /**
   * Percentiles of a recent window of reply times, milliseconds; zeros when there were none.
   *
   * @param count replies measured
   */
  public record Latency(long count, double p50, double p95, double p99, double max) {}
}
