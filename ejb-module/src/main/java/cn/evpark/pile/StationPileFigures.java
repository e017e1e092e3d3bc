package cn.evpark.pile;

import java.io.Serializable;

/**
 * The piles of one station (or of every station in scope) right now: counts from the registry,
 * states from the adapter's live state.
 *
 * @param acPiles 交流桩
 * @param dcPiles 直流桩
 * @param onlinePiles piles with a logged-in connection (在线数量 x of x/y)
 * @param guns guns of all piles
 * @param onlineGuns guns of online piles
 * @param chargingGuns 充电(枪)
 * @param faultedGuns 故障(枪)
 */
public record StationPileFigures(
    int acPiles,
    int dcPiles,
    int onlinePiles,
    int guns,
    int onlineGuns,
    int chargingGuns,
    int faultedGuns)
    implements Serializable {

  public static final StationPileFigures NONE = new StationPileFigures(0, 0, 0, 0, 0, 0, 0);

  public int piles() {
    return acPiles + dcPiles;
  }

  /** 离线: piles without a connection. */
  public int offlinePiles() {
    return piles() - onlinePiles;
  }

  public int offlineGuns() {
    return guns - onlineGuns;
  }

  StationPileFigures plus(StationPileFigures other) {
    return new StationPileFigures(
        acPiles + other.acPiles,
        dcPiles + other.dcPiles,
        onlinePiles + other.onlinePiles,
        guns + other.guns,
        onlineGuns + other.onlineGuns,
        chargingGuns + other.chargingGuns,
        faultedGuns + other.faultedGuns);
  }
}
