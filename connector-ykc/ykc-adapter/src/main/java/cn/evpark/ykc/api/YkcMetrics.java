package cn.evpark.ykc.api;

import java.util.Map;

/**
 * The YKC server's counters since it started, on this instance.
 *
 * @param connections open TCP connections, logged in or not
 * @param onlinePiles piles with a logged-in connection
 * @param framesIn frames received, by frame type code ("0x03")
 * @param framesOut frames sent, by frame type code
 * @param decodeErrors bytes that were no valid frame (bad CRC, length, start byte, ...)
 * @param unknownCodes values outside their code table in frames that were decoded and handled, by
 *     field ("TransactionRecord.transactionType"); the pile-edge rule: liberal in what piles send
 * @param deliveryFailures messages the platform could not take or failed on
 * @param realTimeDropped real-time frames not kept because the platform fell behind
 * @param commandsSent commands sent to piles (first tries)
 * @param commandsTimedOut commands that got no reply after every try
 * @param commandLatency reply times of the latest commands, milliseconds
 */
public record YkcMetrics(
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

  public YkcMetrics {
    framesIn = Map.copyOf(framesIn);
    framesOut = Map.copyOf(framesOut);
    unknownCodes = Map.copyOf(unknownCodes);
  }

  /** Percentiles of a recent window of measurements, milliseconds; zeros when there were none. */
  public record Latency(long count, double p50, double p95, double p99, double max) {}
}
