package cn.evpark.ykc.server;

import cn.evpark.ykc.api.YkcMetrics;
import cn.evpark.ykc.protocol.FrameType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's counters. Counting is a few adds on the event loop; reading builds a snapshot.
 *
 * <p>Runs on: any thread.
 */
final class Counters {

  /** Command latencies kept for percentiles: the latest this many. */
  static final int LATENCY_WINDOW = 4096;

  private final Map<FrameType, LongAdder> framesIn = adders();
  private final Map<FrameType, LongAdder> framesOut = adders();
  private final LongAdder decodeErrors = new LongAdder();
  private final Map<String, LongAdder> unknownCodes = new ConcurrentHashMap<>();
  private final LongAdder deliveryFailures = new LongAdder();
  private final LongAdder commandsSent = new LongAdder();
  private final LongAdder commandsTimedOut = new LongAdder();
  private final long[] latencies = new long[LATENCY_WINDOW];
  private long latencyCount;

  private static Map<FrameType, LongAdder> adders() {
    Map<FrameType, LongAdder> map = new EnumMap<>(FrameType.class);
    for (FrameType type : FrameType.values()) {
      map.put(type, new LongAdder());
    }
    return map;
  }

  void frameIn(FrameType type) {
    framesIn.get(type).increment();
  }

  void frameOut(FrameType type) {
    framesOut.get(type).increment();
  }

  void decodeError() {
    decodeErrors.increment();
  }

  /** A code field's value its table lacks; {@code field} as {@code UnknownCode.field()}. */
  void unknownCode(String field) {
    unknownCodes.computeIfAbsent(field, f -> new LongAdder()).increment();
  }

  void deliveryFailure() {
    deliveryFailures.increment();
  }

  void commandSent() {
    commandsSent.increment();
  }

  void commandTimedOut() {
    commandsTimedOut.increment();
  }

  synchronized void commandAnswered(long micros) {
    latencies[(int) (latencyCount++ % LATENCY_WINDOW)] = micros;
  }

  YkcMetrics snapshot(int connections, int onlinePiles, long realTimeDropped) {
    return new YkcMetrics(
        connections,
        onlinePiles,
        byCode(framesIn),
        byCode(framesOut),
        decodeErrors.sum(),
        unknownCodes(),
        deliveryFailures.sum(),
        realTimeDropped,
        commandsSent.sum(),
        commandsTimedOut.sum(),
        latency());
  }

  private synchronized YkcMetrics.Latency latency() {
    int n = (int) Math.min(latencyCount, LATENCY_WINDOW);
    if (n == 0) {
      return new YkcMetrics.Latency(0, 0, 0, 0, 0);
    }
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new YkcMetrics.Latency(
        latencyCount,
        millis(sorted, 0.50),
        millis(sorted, 0.95),
        millis(sorted, 0.99),
        sorted[n - 1] / 1000.0);
  }

  private Map<String, Long> unknownCodes() {
    Map<String, Long> result = new TreeMap<>();
    unknownCodes.forEach((field, count) -> result.put(field, count.sum()));
    return result;
  }

  private static double millis(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1000.0;
  }

  private static Map<String, Long> byCode(Map<FrameType, LongAdder> counts) {
    Map<String, Long> result = new TreeMap<>();
    counts.forEach(
        (type, count) -> {
          long sum = count.sum();
          if (sum > 0) {
            result.put(type == FrameType.UNKNOWN ? "unknown" : type.hexCode(), sum);
          }
        });
    return result;
  }
}
