package cn.evpark.tariff;

import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import java.util.Collection;

/** Station names for messages, through the station feature's service. */
final class StationNames {

  private StationNames() {}

  static java.util.List<String> of(StationService stations, Collection<Long> ids) {
    return ids.stream()
        .distinct()
        .sorted()
        .map(id -> stations.find(id).map(Station::getName).orElse("#" + id))
        .toList();
  }
}
