package cn.evpark.statistics;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileKind;
import cn.evpark.station.Station;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pile counts per station: what the pile-count batch job reads and writes. */
@Stateless
public class PileCountService {

  @PersistenceContext EntityManager em;

  /** The next stations after {@code afterStationId}, in id order, with their piles. */
  public List<StationPiles> stationsAfter(long afterStationId, int limit) {
    List<Long> ids =
        // a batch step of the platform's, over every operator
        ScopedQuery.in(Scope.platform(), em)
            .from(Station.class, "s")
            .where("s.id > :after")
            .orderBy("s.id")
            .select("s.id", Long.class)
            .setParameter("after", afterStationId)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<StationPiles.PileOutline>> piles = new LinkedHashMap<>();
    ids.forEach(id -> piles.put(id, new ArrayList<>()));
    ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.station.id in :ids")
        .select("p.station.id, p.kind, p.gunCount", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                piles
                    .get((Long) row[0])
                    .add(new StationPiles.PileOutline((PileKind) row[1], (Integer) row[2])));
    return piles.entrySet().stream().map(e -> new StationPiles(e.getKey(), e.getValue())).toList();
  }

  /** Stores the counts, replacing each station's previous one: re-running never duplicates. */
  public void record(List<StationPileCount> counts) {
    counts.forEach(em::merge);
  }

  public Optional<StationPileCount> of(long stationId) {
    return Optional.ofNullable(em.find(StationPileCount.class, stationId));
  }
}
