package cn.evpark.tariff;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.operator.Scope;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reservation fee rules (预约费, manual 二、2.2): add, edit, delete, search; scoped by operator like
 * {@link ChargingFeeStandardService}.
 */
@Stateless
public class ReservationRuleService {

  static final String NOT_FOUND = "tariff.reservation.notFound";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callerScope;
  @EJB OperatorService operators;
  @EJB StationService stations;

  /**
   * @param operatorId the owner; needed from a platform administrator only
   * @throws RuleViolationException listing every broken rule
   */
  public ReservationRule create(
      Long operatorId, String name, Integer dailyLimit, List<ReservationTier> tiers) {
    List<RuleViolation> broken = new ArrayList<>();
    Operator operator = Owners.of(callerScope.forChange(), operatorId, operators, broken);
    broken.addAll(catalog().nameRules(operator, name, null));
    broken.addAll(ReservationTerms.rulesBrokenBy(dailyLimit, tiers));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(ReservationTerms.INVALID, broken);
    }
    ReservationRule rule =
        new ReservationRule(
            operator, name, new ReservationTerms(dailyLimit, tiers), LocalDateTime.now(clock));
    em.persist(rule);
    em.flush(); // its id, for the caller
    return rule;
  }

  public ReservationRule revise(
      long id, String name, Integer dailyLimit, List<ReservationTier> tiers) {
    ReservationRule rule = load(callerScope.forChange(), id);
    List<RuleViolation> broken = new ArrayList<>();
    broken.addAll(catalog().nameRules(rule.getOperator(), name, rule.getId()));
    broken.addAll(ReservationTerms.rulesBrokenBy(dailyLimit, tiers));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(ReservationTerms.INVALID, broken);
    }
    rule.revise(name, new ReservationTerms(dailyLimit, tiers), LocalDateTime.now(clock));
    return rule;
  }

  /**
   * @throws TariffInUseException naming the stations that offer it
   */
  public void delete(long id) {
    ReservationRule rule = load(callerScope.forChange(), id);
    List<String> names =
        StationNames.of(
            stations,
            em.createQuery(
                    "select t.stationId from StationTariff t where t.reservationRule = :r",
                    Long.class)
                .setParameter("r", rule)
                .getResultList());
    if (!names.isEmpty()) {
      throw new TariffInUseException("tariff.reservation.inUse", names);
    }
    em.remove(rule);
  }

  public ReservationRule get(long id) {
    return load(callerScope.current(), id);
  }

  public long count(String name) {
    return catalog().count(callerScope.current(), name);
  }

  public List<ReservationRule> search(String name, int first, int max) {
    return catalog().search(callerScope.current(), name, first, max);
  }

  public List<ReservationRule> listOf(long operatorId) {
    return catalog().of(callerScope.current(), operatorId);
  }

  ReservationRule load(Scope scope, long id) {
    return scope
        .visible(em.find(ReservationRule.class, id), r -> r.getOperator().getId())
        .orElseThrow(() -> new NotFoundException(NOT_FOUND, "no reservation rule " + id));
  }

  private Catalog<ReservationRule> catalog() {
    return new Catalog<>(em, ReservationRule.class, "tariff.reservation");
  }
}
