package cn.evpark.api.metrics;

import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileTrafficFigures;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The YKC server's counters of this instance as MicroProfile Metrics ({@code /metrics}): piles and
 * connections, frames in and out by type, decode errors, code values outside their table by field,
 * delivery failures, real-time frames dropped, commands and their reply latency. Read from the
 * adapter at most once a second.
 */
@ApplicationScoped
public class YkcGauges {

  static final Duration FRESH = Duration.ofSeconds(1);

  @Inject MetricRegistry registry;
  @EJB PileLiveStates live;

  private PileTrafficFigures last;
  private long lastReadNanos;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauge("ykc.piles.online", "Piles with a logged-in YKC connection", m -> m.onlinePiles());
    gauge("ykc.connections", "Open YKC TCP connections", m -> m.connections());
    gauge("ykc.decode.errors", "Bytes from piles that were no valid frame", m -> m.decodeErrors());
    gauge(
        "ykc.delivery.failures",
        "Pile messages the platform could not take or failed on",
        m -> m.deliveryFailures());
    gauge(
        "ykc.realtime.dropped",
        "Real-time frames not kept because the platform fell behind",
        m -> m.realTimeDropped());
    gauge("ykc.commands.sent", "Commands sent to piles", m -> m.commandsSent());
    gauge("ykc.commands.timed.out", "Commands piles did not answer", m -> m.commandsTimedOut());
    latency("p50", m -> m.commandLatency().p50());
    latency("p95", m -> m.commandLatency().p95());
    latency("p99", m -> m.commandLatency().p99());
    latency("max", m -> m.commandLatency().max());
    for (String field : live.codeFields()) {
      gauge(
          "ykc.unknown.codes",
          "Code values outside the spec's table in frames handled all the same",
          m -> m.unknownCodes().getOrDefault(field, 0L),
          new Tag("field", field));
    }
    for (String type : live.frameTypes()) {
      Tag tag = new Tag("type", type);
      gauge(
          "ykc.frames.in",
          "Frames received from piles",
          m -> m.framesIn().getOrDefault(type, 0L),
          tag);
      gauge(
          "ykc.frames.out", "Frames sent to piles", m -> m.framesOut().getOrDefault(type, 0L), tag);
    }
  }

  private void gauge(
      String name, String description, ToDoubleFunction<PileTrafficFigures> value, Tag... tags) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        this,
        gauges -> value.applyAsDouble(gauges.current()),
        tags);
  }

  private void latency(String quantile, ToDoubleFunction<PileTrafficFigures> value) {
    registry.gauge(
        Metadata.builder()
            .withName("ykc.command.latency")
            .withDescription("Reply time of the latest commands to piles")
            .withUnit(MetricUnits.MILLISECONDS)
            .build(),
        this,
        gauges -> value.applyAsDouble(gauges.current()),
        new Tag("quantile", quantile));
  }

  private synchronized PileTrafficFigures current() {
    long now = System.nanoTime();
    if (last == null || now - lastReadNanos > FRESH.toNanos()) {
      last = live.traffic();
      lastReadNanos = now;
    }
    return last;
  }
}
