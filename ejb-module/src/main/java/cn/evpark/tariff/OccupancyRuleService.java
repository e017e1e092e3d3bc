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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Occupancy fee rules (占位费, manual 二、2.3): add, edit, delete, search; scoped by operator like
 * {@link ChargingFeeStandardService}.
 */
@Stateless
public class OccupancyRuleService {

  static final String NOT_FOUND = "tariff.occupancy.notFound";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callerScope;
  @EJB OperatorService operators;
  @EJB StationService stations;

  /**
   * @param operatorId the owner; needed from a platform administrator only
   * @throws RuleViolationException listing every broken rule
   */
  public OccupancyRule create(
      Long operatorId,
      String name,
      OccupancyChargeType chargeType,
      BigDecimal deposit,
      OccupancyCharge withOrder,
      OccupancyCharge withoutOrder) {
    List<RuleViolation> broken = new ArrayList<>();
    Operator operator = Owners.of(callerScope.forChange(), operatorId, operators, broken);
    broken.addAll(catalog().nameRules(operator, name, null));
    broken.addAll(OccupancyTerms.rulesBrokenBy(chargeType, deposit, withOrder, withoutOrder));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(OccupancyTerms.INVALID, broken);
    }
    OccupancyRule rule =
        new OccupancyRule(
            operator,
            name,
            new OccupancyTerms(chargeType, deposit, withOrder, withoutOrder),
            LocalDateTime.now(clock));
    em.persist(rule);
    em.flush(); // its id, for the caller
    return rule;
  }

  public OccupancyRule revise(
      long id,
      String name,
      OccupancyChargeType chargeType,
      BigDecimal deposit,
      OccupancyCharge withOrder,
      OccupancyCharge withoutOrder) {
    OccupancyRule rule = load(callerScope.forChange(), id);
    List<RuleViolation> broken = new ArrayList<>();
    broken.addAll(catalog().nameRules(rule.getOperator(), name, rule.getId()));
    broken.addAll(OccupancyTerms.rulesBrokenBy(chargeType, deposit, withOrder, withoutOrder));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(OccupancyTerms.INVALID, broken);
    }
    rule.revise(
        name,
        new OccupancyTerms(chargeType, deposit, withOrder, withoutOrder),
        LocalDateTime.now(clock));
    return rule;
  }

  /**
   * @throws TariffInUseException naming the stations that use it
   */
  public void delete(long id) {
    OccupancyRule rule = load(callerScope.forChange(), id);
    List<String> names =
        StationNames.of(
            stations,
            em.createQuery(
                    "select t.stationId from StationTariff t where t.occupancyRule = :r",
                    Long.class)
                .setParameter("r", rule)
                .getResultList());
    if (!names.isEmpty()) {
      throw new TariffInUseException("tariff.occupancy.inUse", names);
    }
    em.remove(rule);
  }

  public OccupancyRule get(long id) {
    return load(callerScope.current(), id);
  }

  public long count(String name) {
    return catalog().count(callerScope.current(), name);
  }

  public List<OccupancyRule> search(String name, int first, int max) {
    return catalog().search(callerScope.current(), name, first, max);
  }

  public List<OccupancyRule> listOf(long operatorId) {
    return catalog().of(callerScope.current(), operatorId);
  }

  OccupancyRule load(Scope scope, long id) {
    return scope
        .visible(em.find(OccupancyRule.class, id), r -> r.getOperator().getId())
        .orElseThrow(() -> new NotFoundException(NOT_FOUND, "no occupancy rule " + id));
  }

  private Catalog<OccupancyRule> catalog() {
    return new Catalog<>(em, OccupancyRule.class, "tariff.occupancy");
  }
}
