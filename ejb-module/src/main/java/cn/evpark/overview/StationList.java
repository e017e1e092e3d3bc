package cn.evpark.overview;

import cn.evpark.pile.PileFigures;
import cn.evpark.pile.StationPileFigures;
import cn.evpark.station.StationMatches;
import cn.evpark.station.StationService;
import cn.evpark.tariff.StationTariffSummaries;
import cn.evpark.tariff.StationTariffSummary;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Map;

/**
 * The station list (电站, manual 3.4) as staff read it: each station with its piles' figures of right
 * now and its tariff columns. Read only; it puts together what the station, pile and tariff
 * features each know, so that none of them has to know the others'.
 */
@Stateless
public class StationList {

  @EJB StationService stations;
  @EJB PileFigures pileFigures;
  @EJB StationTariffSummaries tariffSummaries;

  /**
   * One page of the list, searched by 电站名称, within the caller's scope.
   *
   * @param name text the name contains (ignoring case); null or blank for every station
   * @param first index of the first station of the page, from 0
   * @param pageSize stations on the page at most
   */
  public StationPage page(String name, int first, int pageSize) {
    StationMatches matches = stations.search(name, first, pageSize);
    List<Long> ids = matches.ids();
    Map<Long, StationPileFigures> figures = pileFigures.byStation(ids);
    Map<Long, StationTariffSummary> tariffs = tariffSummaries.of(ids);
    return new StationPage(
        matches.stations().stream()
            .map(
                s ->
                    StationRow.of(
                        s, figures.get(s.getId()), tariffs.get(s.getId()), stations.addressOf(s)))
            .toList(),
        matches.total());
  }
}
