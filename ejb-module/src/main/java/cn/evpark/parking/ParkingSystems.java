package cn.evpark.parking;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The stations' parking systems (停车场系统, {@code parking.md §1}) for staff, in the station's 停车设备
 * settings: where reductions and bay lock requests go.
 */
@Stateless
public class ParkingSystems {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @EJB StationService stations;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * The station's parking system address; empty when it has none.
   *
   * @throws cn.evpark.shared.NotFoundException when the station is not in the caller's scope
   */
  public Optional<String> of(long stationId) {
    stations.get(stationId);
    return Optional.ofNullable(em.find(ParkingSystem.class, stationId)).map(ParkingSystem::getUrl);
  }

  /**
   * Sets the station's parking system address; what is sent from now on goes there.
   *
   * @param url http(s), at most 255 characters
   * @throws RuleViolationException {@code parking.system.invalid} at {@code url}
   * @throws cn.evpark.shared.NotFoundException when the station is not in the caller's scope
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public String set(long stationId, String url) {
    Station station = stations.getForChange(stationId);
    if (!ParkingSystem.callable(url)) {
      throw new RuleViolationException(
          "parking.system.invalid",
          List.of(
              new RuleViolation(
                  "url",
                  "parking.system.url",
                  List.of(),
                  "the parking system's address is an http(s) URL of at most 255 characters")));
    }
    ParkingSystem system = em.find(ParkingSystem.class, stationId);
    if (system == null) {
      system = new ParkingSystem(stationId, station.getOperator().getId());
      em.persist(system);
    }
    system.moveTo(
        url.strip(),
        context.getCallerPrincipal().getName(),
        BusinessCalendar.toStored(clock.instant()));
    return system.getUrl();
  }
}
