package cn.evpark.station;

import java.util.List;

/**
 * The stations of one page of a search, and how many match in all.
 *
 * @param stations the stations of the page, in the search's order
 * @param total how many stations match the search in all
 */
public record StationMatches(List<Station> stations, long total) {

  public StationMatches {
    stations = List.copyOf(stations);
  }

  /** The ids of the page's stations, in order. */
  public List<Long> ids() {
    return stations.stream().map(Station::getId).toList();
  }
}
