package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The piles' figures right now ({@link StationPileFigures}): counts from the registry, pile and gun
 * states from the adapter's live state. Read only; the station list and the home page show them.
 */
@Stateless
public class PileFigures {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB PileLiveStates live;

  /** The figures of every station in the caller's scope together: for the home page. */
  public StationPileFigures ofScope() {
    return figuresOf(
            ScopedQuery.in(callers.current(), em)
                .from(Pile.class, "p")
                .select("p.station.id, p.code, p.kind, p.gunCount", Object[].class)
                .getResultList())
        .values()
        .stream()
        .reduce(StationPileFigures.NONE, StationPileFigures::plus);
  }

  /**
   * The figures of each of the given stations, which the caller has found within its scope (the
   * station list). A station without piles has no entry.
   */
  public Map<Long, StationPileFigures> byStation(Collection<Long> stationIds) {
    if (stationIds.isEmpty()) {
      return Map.of();
    }
    // the caller passes stations it may see (the station list's page)
    return figuresOf(
        ScopedQuery.in(Scope.platform(), em)
            .from(Pile.class, "p")
            .where("p.station.id in :ids")
            .select("p.station.id, p.code, p.kind, p.gunCount", Object[].class)
            .setParameter("ids", stationIds)
            .getResultList());
  }

  private Map<Long, StationPileFigures> figuresOf(List<Object[]> piles) {
    Map<PileCode, PileLiveState> online =
        live.of(piles.stream().map(pile -> (PileCode) pile[1]).toList());
    Map<Long, StationPileFigures> figures = new HashMap<>();
    for (Object[] pile : piles) {
      PileLiveState state = online.get((PileCode) pile[1]);
      int guns = (Integer) pile[3];
      int onlineGuns = 0;
      int charging = 0;
      int faulted = 0;
      if (state != null && state.online()) {
        for (int g = 1; g <= guns; g++) {
          GunState gun = state.gun(g);
          onlineGuns += gun == GunState.OFFLINE ? 0 : 1;
          charging += gun == GunState.CHARGING ? 1 : 0;
          faulted += gun == GunState.FAULT ? 1 : 0;
        }
      }
      StationPileFigures one =
          new StationPileFigures(
              pile[2] == PileKind.AC ? 1 : 0,
              pile[2] == PileKind.DC ? 1 : 0,
              state != null && state.online() ? 1 : 0,
              guns,
              onlineGuns,
              charging,
              faulted);
      figures.merge((Long) pile[0], one, StationPileFigures::plus);
    }
    return figures;
  }
}
