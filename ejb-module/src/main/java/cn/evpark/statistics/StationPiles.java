package cn.evpark.statistics;

import cn.evpark.pile.PileKind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A station with the kind and gun count of each of its piles: the input of a pile count.
 *
 * @param stationId the station
 * @param piles one entry per pile
 */
public record StationPiles(long stationId, List<PileOutline> piles) implements Serializable {

  public StationPiles {
    piles = List.copyOf(piles);
  }

  /** One pile: its kind and number of guns. */
  public record PileOutline(PileKind kind, int guns) implements Serializable {}

  /** Counts the station's AC and DC piles and their guns. */
  public StationPileCount count(LocalDateTime countedAt) {
    int ac = 0;
    int dc = 0;
    int guns = 0;
    for (PileOutline pile : piles) {
      if (pile.kind() == PileKind.AC) {
        ac++;
      } else {
        dc++;
      }
      guns += pile.guns();
    }
    return new StationPileCount(stationId, ac, dc, guns, countedAt);
  }
}
