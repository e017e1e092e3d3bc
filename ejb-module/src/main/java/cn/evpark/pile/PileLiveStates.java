package cn.evpark.pile;

import cn.evpark.cluster.PileLink;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.ServerStatus;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.api.YkcMetrics;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.UnknownCode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the piles are doing right now, read from the YKC adapter's memory (no database): this
 * instance's, and through {@link PileLink} the other cluster members' for the piles they hold. The
 * traffic figures, frame logs and server status are this instance's own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PileLiveStates {

  @Resource(lookup = "java:app/evpark/ykc")
  YkcConnectionFactory ykc;

  @EJB PileLink link;

  /**
   * The live states of these piles that are online now on any cluster member, by pile code: a
   * page's worth, without copying every online pile's state.
   */
  public Map<PileCode, PileLiveState> of(Collection<PileCode> codes) {
    return codes.isEmpty() ? Map.of() : link.onlineAmong(codes);
  }

  /** The pile's live state; empty when it was not online since this instance started. */
  public Optional<PileLiveState> of(PileCode code) {
    return link.liveState(code);
  }

  /** The YKC server's counters on this instance. */
  public PileTrafficFigures traffic() {
    YkcMetrics metrics;
    try (YkcConnection connection = connection()) {
      metrics = connection.metrics();
    }
    YkcMetrics.Latency latency = metrics.commandLatency();
    return new PileTrafficFigures(
        metrics.connections(),
        metrics.onlinePiles(),
        metrics.framesIn(),
        metrics.framesOut(),
        metrics.decodeErrors(),
        metrics.unknownCodes(),
        metrics.deliveryFailures(),
        metrics.realTimeDropped(),
        metrics.commandsSent(),
        metrics.commandsTimedOut(),
        new PileTrafficFigures.Latency(
            latency.count(), latency.p50(), latency.p95(), latency.p99(), latency.max()));
  }

  /**
   * The codes of the frame types the YKC protocol defines ({@code "0x03"}), in the spec's order.
   */
  public List<String> frameTypes() {
    return Arrays.stream(FrameType.values())
        .filter(type -> type != FrameType.UNKNOWN)
        .map(FrameType::hexCode)
        .toList();
  }

  /**
   * Every code field of an uplink message ({@code "TransactionRecord.transactionType"}): the keys
   * of {@link PileTrafficFigures#unknownCodes}.
   */
  public Set<String> codeFields() {
    return UnknownCode.fields();
  }

  /** Switches the hex frame log of one pile on or off. */
  public void logFrames(PileCode code, boolean on) {
    try (YkcConnection connection = connection()) {
      connection.logFrames(code, on);
    }
  }

  public Set<PileCode> frameLogged() {
    try (YkcConnection connection = connection()) {
      return connection.frameLogged();
    }
  }

  /** The YKC server of this instance: whether piles can connect to it now. */
  public PileServerStatus server() {
    ServerStatus status;
    try (YkcConnection connection = connection()) {
      status = connection.status();
    }
    return new PileServerStatus(
        status.listening(), status.port(), status.connections(), status.onlinePiles());
  }

  private YkcConnection connection() {
    try {
      return ykc.getConnection();
    } catch (ResourceException e) {
      throw new IllegalStateException("the YKC adapter gives no connection", e);
    }
  }
}
