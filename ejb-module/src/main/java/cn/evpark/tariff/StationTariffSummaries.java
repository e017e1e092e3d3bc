package cn.evpark.tariff;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The station list's tariff columns (充电费, 占位费, 预约费), for stations the caller has listed. */
@Stateless
public class StationTariffSummaries {

  @PersistenceContext EntityManager em;

  /**
   * Each station's summary; a station nobody has set anything for has {@link
   * StationTariffSummary#NOTHING_SET}.
   */
  public Map<Long, StationTariffSummary> of(Collection<Long> stationIds) {
    Map<Long, StationTariffSummary> summaries = new HashMap<>();
    if (stationIds.isEmpty()) {
      return summaries;
    }
    em.createQuery("select t from StationTariff t where t.stationId in :ids", StationTariff.class)
        .setParameter("ids", stationIds)
        .getResultList()
        .forEach(
            t ->
                summaries.put(
                    t.getStationId(),
                    new StationTariffSummary(
                        t.chargingMode(), t.isOccupancyEffective(), t.isReservationPublished())));
    stationIds.forEach(id -> summaries.putIfAbsent(id, StationTariffSummary.NOTHING_SET));
    return summaries;
  }
}
