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
 * The stations' parking-fee reduction settings (停车减免, {@code parking.md §4}) for staff, in the
 * station's 停车设备 settings beside its device key.
 */
@Stateless
public class ReductionRules {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @EJB StationService stations;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * The station's setting; empty when it never had one (no reductions).
   *
   * @throws cn.evpark.shared.NotFoundException when the station is not in the caller's scope
   */
  public Optional<ReductionTerms> of(long stationId) {
    stations.get(stationId);
    return Optional.ofNullable(em.find(ReductionRule.class, stationId)).map(ReductionRule::terms);
  }

  /**
   * Sets the station's reduction; orders settled from now on earn it.
   *
   * @throws RuleViolationException {@code parking.reduction.invalid} ({@code
   *     parking.reduction.noSystem}) when it is enabled at a station without a parking system
   * @throws cn.evpark.shared.NotFoundException when the station is not in the caller's scope
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public ReductionTerms set(long stationId, ReductionTerms terms) {
    Station station = stations.getForChange(stationId);
    if (terms.enabled() && em.find(ParkingSystem.class, stationId) == null) {
      throw new RuleViolationException(
          ReductionTerms.INVALID,
          List.of(
              new RuleViolation(
                  "enabled",
                  "parking.reduction.noSystem",
                  List.of(),
                  "set the station's parking system address first: reductions go there")));
    }
    ReductionRule rule = em.find(ReductionRule.class, stationId);
    if (rule == null) {
      rule = new ReductionRule(stationId, station.getOperator().getId());
      em.persist(rule);
    }
    rule.set(
        terms, context.getCallerPrincipal().getName(), BusinessCalendar.toStored(clock.instant()));
    return rule.terms();
  }
}
