package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A pile's state as of now, kept in memory by the adapter from the login, the real-time data and
 * the disconnects.
 *
 * @param pileCode the pile
 * @param online whether it has a logged-in connection
 * @param since when it logged in, or when it went offline
 * @param lastFrameAt when the adapter last heard anything from it
 * @param guns the state of each gun, by gun number (1-based)
 */
public record PileLiveState(
    PileCode pileCode,
    boolean online,
    Instant since,
    Instant lastFrameAt,
    Map<Integer, GunState> guns) {

  public PileLiveState {
    Objects.requireNonNull(pileCode, "pileCode");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(lastFrameAt, "lastFrameAt");
    guns = Map.copyOf(guns);
  }

  /** The state of one gun; OFFLINE when the pile is offline or never reported it. */
  public GunState gun(int gunNumber) {
    return online ? guns.getOrDefault(gunNumber, GunState.IDLE) : GunState.OFFLINE;
  }
}
