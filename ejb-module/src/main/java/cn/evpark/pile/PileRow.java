package cn.evpark.pile;

import cn.evpark.ykc.api.GunState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the pile list: the registered pile and each gun's state right now.
 *
 * @param guns the state of gun 1, 2, … (OFFLINE while the pile is offline)
 * @param protocolVersion the YKC version the pile reported at its last login, {@code "1.7"}; empty
 *     before its first login
 * @param protocolVersionKnown false when the platform does not know that version: the page flags it
 * @param groundLocks the ground locks at its bays that ever reported, by gun; empty for a pile
 *     without locks
 */
public record PileRow(
    long id,
    String code,
    long stationId,
    String stationName,
    String modelName,
    PileKind kind,
    int gunCount,
    BigDecimal minStartAmount,
    boolean enabled,
    PileCategory category,
    String bayNumber,
    String bayName,
    boolean online,
    List<GunState> guns,
    String protocolVersion,
    boolean protocolVersionKnown,
    List<GroundLockView> groundLocks)
    implements Serializable {

  public PileRow {
    guns = List.copyOf(guns);
    groundLocks = List.copyOf(groundLocks);
  }
}
