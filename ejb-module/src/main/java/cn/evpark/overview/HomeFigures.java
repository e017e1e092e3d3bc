package cn.evpark.overview;

import cn.evpark.pile.PileFigures;
import cn.evpark.pile.StationPileFigures;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;

/**
 * What the home page (首页) shows of the stations in the caller's scope: how many stations, their
 * piles and guns by state right now. Read only.
 */
@Stateless
public class HomeFigures {

  /**
   * The figures of the stations in scope.
   *
   * @param stations how many stations
   * @param piles their piles and guns, together
   */
  public record Figures(long stations, StationPileFigures piles) implements Serializable {}

  @EJB StationService stationService;
  @EJB PileFigures pileFigures;

  /** The figures of right now. */
  public Figures now() {
    return new Figures(stationService.count(), pileFigures.ofScope());
  }
}
