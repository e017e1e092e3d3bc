package cn.evpark.tariff;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The fee schedule each station's piles charge by, for pricing sessions (money.md §4.3). */
@Stateless
public class StationSchedules {

  @PersistenceContext EntityManager em;

  /**
   * The schedule the station charges by now: its standard's, or {@link FeeSchedule#FREE} for a free
   * station; empty while the station has none configured.
   */
  public Optional<FeeSchedule> current(long stationId) {
    return Optional.ofNullable(em.find(StationTariff.class, stationId))
        .flatMap(StationTariff::schedule);
  }
}
