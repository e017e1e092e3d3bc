package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A pile came online (its login was accepted and answered) or went offline (its connection closed:
 * disconnect, silence, take-over by a new login, server stop).
 *
 * @param pileCode the pile
 * @param kind online or offline
 * @param at when
 * @param connectionId the connection: an OFFLINE of an older connection may arrive after the ONLINE
 *     of a newer one when a pile reconnects quickly
 * @param remoteAddress the pile's address
 */
public record PileSessionEvent(
    PileCode pileCode, Kind kind, Instant at, long connectionId, String remoteAddress) {

  /** What happened. */
  public enum Kind {
    ONLINE,
    OFFLINE
  }

  public PileSessionEvent {
    Objects.requireNonNull(pileCode, "pileCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
  }
}
