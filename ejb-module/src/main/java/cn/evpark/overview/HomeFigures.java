package cn.evpark.overview;

import cn.evpark.charging.ChargingFigures;
import cn.evpark.pile.PileFigures;
import cn.evpark.pile.StationPileFigures;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the home page (首页) shows of the stations in the caller's scope: how many stations, their
 * piles and guns by state right now, and the latest finished charging sessions. Read only.
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

  /**
   * A finished charging session.
   *
   * @param station the station's name
   * @param pile the pile's code, its 14 digits
   * @param gun the gun, from 1
   * @param energy kWh, 4 decimals
   * @param endedAt when it ended, stored UTC
   */
  public record Session(
      String station, String pile, int gun, BigDecimal energy, LocalDateTime endedAt)
      implements Serializable {}

  @EJB StationService stationService;
  @EJB PileFigures pileFigures;
  @EJB ChargingFigures charging;

  /** The figures of right now. */
  public Figures now() {
    return new Figures(stationService.count(), pileFigures.ofScope());
  }

  /** The {@code count} sessions whose records arrived last, newest first. */
  public List<Session> latestSessions(int count) {
    return charging.latest(count).stream()
        .map(s -> new Session(s.station(), s.pileCode().value(), s.gun(), s.energy(), s.endedAt()))
        .toList();
  }
}
