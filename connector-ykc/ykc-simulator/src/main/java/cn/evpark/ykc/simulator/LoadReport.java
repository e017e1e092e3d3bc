package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.FrameType;
import java.util.Locale;
import java.util.Map;

/**
 * What a simulator run saw.
 *
 * @param piles virtual piles in the run
 * @param connected piles logged in when the report was taken
 * @param logins accepted logins, reconnects included
 * @param reconnects connections re-opened after a loss
 * @param framesSent frames the piles sent
 * @param framesReceived frames the piles received
 * @param latency reply latency per request type (login, heartbeat, …)
 * @param unanswered requests per type that got no reply within the reply timeout, or lost with
 *     their connection
 * @param errors counts per kind: connect failures, refused logins, invalid frames received, …
 */
public record LoadReport(
    int piles,
    int connected,
    long logins,
    long reconnects,
    long framesSent,
    long framesReceived,
    Map<FrameType, LatencySummary> latency,
    Map<FrameType, Long> unanswered,
    Map<String, Long> errors) {

  public LoadReport {
    latency = Map.copyOf(latency);
    unanswered = Map.copyOf(unanswered);
    errors = Map.copyOf(errors);
  }

  /** The report as a short table. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "piles %d, connected %d, logins %d, reconnects %d, frames sent %d, received %d%n",
            piles,
            connected,
            logins,
            reconnects,
            framesSent,
            framesReceived));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-6s %-28s %9s %9s %9s %9s %9s %11s%n",
            "type",
            "request",
            "replies",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "max ms",
            "unanswered"));
    for (FrameType type : FrameType.values()) {
      LatencySummary l = latency.get(type);
      long missing = unanswered.getOrDefault(type, 0L);
      if (l == null && missing == 0) {
        continue;
      }
      LatencySummary s = l == null ? new LatencySummary(0, 0, 0, 0, 0) : l;
      sb.append(
          String.format(
              Locale.ROOT,
              "%-6s %-28s %9d %9.2f %9.2f %9.2f %9.2f %11d%n",
              type.hexCode(),
              type.englishName().length() > 28
                  ? type.englishName().substring(0, 28)
                  : type.englishName(),
              s.count(),
              s.p50(),
              s.p90(),
              s.p99(),
              s.max(),
              missing));
    }
    if (errors.isEmpty()) {
      sb.append(String.format("errors: none%n"));
    } else {
      errors.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> sb.append(String.format("error %s: %d%n", e.getKey(), e.getValue())));
    }
    return sb.toString();
  }
}
