package cn.evpark.parking;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The bays (车位) of the stations ({@code parking.md}): a bay is a pile's 车位编号 at its station, so a
 * pile without one has no bay. Read for devices and drivers, whoever calls.
 */
@Stateless
public class Bays {

  @PersistenceContext EntityManager em;

  /** The pile whose bay has this number at the station. */
  public Optional<Pile> at(long stationId, String bayNumber) {
    if (bayNumber == null || bayNumber.isBlank()) {
      return Optional.empty();
    }
    return ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.station.id = :station and p.bayNumber = :bay")
        .select("p", Pile.class)
        .setParameter("station", stationId)
        .setParameter("bay", bayNumber.strip())
        .getResultStream()
        .findFirst();
  }

  /** The station's piles with a bay, by bay number. */
  public List<Pile> of(long stationId) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.station.id = :station and p.bayNumber is not null and p.bayNumber <> ''")
        .orderBy("p.bayNumber")
        .select("p", Pile.class)
        .setParameter("station", stationId)
        .getResultList();
  }

  /**
   * Whether the bay's camera last saw a vehicle enter it (by the time the events happened, so a
   * late event does not turn the answer round).
   */
  public boolean cameraSeesVehicle(long pileId) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(BayEvent.class, "e")
        .where("e.pileId = :pile and e.kind in :kinds")
        .orderBy("e.eventTime desc, e.id desc")
        .select("e.kind", BayEventKind.class)
        .setParameter("pile", pileId)
        .setParameter("kinds", List.of(BayEventKind.VEHICLE_IN, BayEventKind.VEHICLE_OUT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(kind -> kind == BayEventKind.VEHICLE_IN)
        .orElse(false);
  }
}
