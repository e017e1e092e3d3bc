package cn.evpark.pile;

import cn.evpark.ykc.api.GunState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the pile list: the registered pile and each gun's state right now.
 *
 * @param guns the state of gun 1, 2, … (OFFLINE while the pile is offline)
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
    List<GunState> guns)
    implements Serializable {

  public PileRow {
    guns = List.copyOf(guns);
  }
}
