package cn.evpark.overview;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the station list.
 *
 * @param rows the stations of the page
 * @param total how many stations match the search in all
 */
public record StationPage(List<StationRow> rows, long total) implements Serializable {

  public StationPage {
    rows = List.copyOf(rows);
  }
}
