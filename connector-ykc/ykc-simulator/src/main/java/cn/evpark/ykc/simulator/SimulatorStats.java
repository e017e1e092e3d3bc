package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.FrameType;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Counters and latency histograms shared by all piles of a simulator; thread-safe. */
final class SimulatorStats {

  private final Map<FrameType, Histogram> latencyMicros = new EnumMap<>(FrameType.class);
  private final Map<FrameType, LongAdder> unanswered = new EnumMap<>(FrameType.class);
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final LongAdder sent = new LongAdder();
  private final LongAdder received = new LongAdder();
  private final LongAdder logins = new LongAdder();
  private final LongAdder reconnects = new LongAdder();

  SimulatorStats() {
    for (FrameType type : FrameType.values()) {
      if (type.replyType().isPresent()) {
        latencyMicros.put(type, new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3));
        unanswered.put(type, new LongAdder());
      }
    }
  }

  void replied(FrameType request, long nanos) {
    Histogram histogram = latencyMicros.get(request);
    if (histogram != null) {
      histogram.recordValue(
          Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), TimeUnit.MINUTES.toMicros(10)));
    }
  }

  void unanswered(FrameType request, long count) {
    LongAdder adder = unanswered.get(request);
    if (adder != null) {
      adder.add(count);
    }
  }

  void error(String kind) {
    errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  void sent() {
    sent.increment();
  }

  void received() {
    received.increment();
  }

  void loggedIn() {
    logins.increment();
  }

  void reconnected() {
    reconnects.increment();
  }

  /** Starts a new measurement window: clears every counter and histogram. */
  void reset() {
    latencyMicros.values().forEach(Histogram::reset);
    unanswered.values().forEach(LongAdder::reset);
    errors.clear();
    sent.reset();
    received.reset();
    logins.reset();
    reconnects.reset();
  }

  LoadReport report(int piles, int connected) {
    Map<FrameType, LatencySummary> latency = new EnumMap<>(FrameType.class);
    latencyMicros.forEach(
        (type, h) -> {
          if (h.getTotalCount() > 0) {
            latency.put(
                type,
                new LatencySummary(
                    h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0));
          }
        });
    Map<FrameType, Long> missing = new EnumMap<>(FrameType.class);
    unanswered.forEach(
        (type, adder) -> {
          if (adder.sum() > 0) {
            missing.put(type, adder.sum());
          }
        });
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((kind, adder) -> errorCounts.put(kind, adder.sum()));
    return new LoadReport(
        piles,
        connected,
        logins.sum(),
        reconnects.sum(),
        sent.sum(),
        received.sum(),
        latency,
        missing,
        errorCounts);
  }
}
