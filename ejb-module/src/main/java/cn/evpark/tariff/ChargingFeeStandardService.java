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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Charging fee standards (充电费, manual 二、2.1): add, edit, delete, search. Each belongs to one
 * operator; operator staff see their own, read-only staff change nothing, a platform administrator
 * sees all; another operator's standard is not found.
 */
@Stateless
public class ChargingFeeStandardService {

  static final String NOT_FOUND = "tariff.standard.notFound";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callerScope;
  @EJB OperatorService operators;
  @EJB StationService stations;
  @EJB BillingModelNumbers numbers;
  @Inject Event<BillingModelsChanged> modelsChanged;

  /**
   * Adds a standard.
   *
   * @param operatorId the owner; needed from a platform administrator only
   * @throws RuleViolationException listing every broken rule of the name and the rows
   */
  public ChargingFeeStandard create(Long operatorId, String name, List<SegmentInput> rows) {
    Scope scope = callerScope.forChange();
    List<RuleViolation> broken = new ArrayList<>();
    Operator operator = Owners.of(scope, operatorId, operators, broken);
    broken.addAll(catalog().nameRules(operator, name, null));
    broken.addAll(FeeSchedule.rulesBrokenBy(rows));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(FeeSchedule.INVALID, broken);
    }
    ChargingFeeStandard standard =
        new ChargingFeeStandard(operator, name, FeeSchedule.of(rows), numbers.next(), now());
    em.persist(standard);
    em.flush(); // its id, for the caller
    return standard;
  }

  /**
   * Edits a standard. A changed schedule gets a new billing-model number, and the piles of every
   * station that charges by it are sent the new model once this commits (domain.md 2.1).
   */
  public ChargingFeeStandard revise(long id, String name, List<SegmentInput> rows) {
    ChargingFeeStandard standard = load(callerScope.forChange(), id);
    List<RuleViolation> broken = new ArrayList<>();
    broken.addAll(catalog().nameRules(standard.getOperator(), name, standard.getId()));
    broken.addAll(FeeSchedule.rulesBrokenBy(rows));
    if (!broken.isEmpty()) {
      throw new RuleViolationException(FeeSchedule.INVALID, broken);
    }
    if (standard.revise(name, FeeSchedule.of(rows), numbers::next, now())) {
      Set<Long> using = stationsUsing(standard);
      if (!using.isEmpty()) {
        modelsChanged.fire(new BillingModelsChanged(using));
      }
    }
    return standard;
  }

  /**
   * Deletes a standard.
   *
   * @throws TariffInUseException naming the stations that charge by it
   */
  public void delete(long id) {
    ChargingFeeStandard standard = load(callerScope.forChange(), id);
    List<String> names = StationNames.of(stations, stationsUsing(standard));
    if (!names.isEmpty()) {
      throw new TariffInUseException("tariff.standard.inUse", names);
    }
    em.remove(standard);
  }

  /** A standard the caller may see. */
  public ChargingFeeStandard get(long id) {
    return load(callerScope.current(), id);
  }

  /** How many standards the caller sees whose name contains {@code name} (all when blank). */
  public long count(String name) {
    return catalog().count(callerScope.current(), name);
  }

  /** One page of {@link #count}'s standards, newest first. */
  public List<ChargingFeeStandard> search(String name, int first, int max) {
    return catalog().search(callerScope.current(), name, first, max);
  }

  /** The standards of one operator, by name: what its stations may choose from. */
  public List<ChargingFeeStandard> listOf(long operatorId) {
    return catalog().of(callerScope.current(), operatorId);
  }

  ChargingFeeStandard load(Scope scope, long id) {
    return scope
        .visible(em.find(ChargingFeeStandard.class, id), s -> s.getOperator().getId())
        .orElseThrow(() -> new NotFoundException(NOT_FOUND, "no charging fee standard " + id));
  }

  private Set<Long> stationsUsing(ChargingFeeStandard standard) {
    return new HashSet<>(
        em.createQuery(
                "select t.stationId from StationTariff t where t.chargingStandard = :s", Long.class)
            .setParameter("s", standard)
            .getResultList());
  }

  private Catalog<ChargingFeeStandard> catalog() {
    return new Catalog<>(em, ChargingFeeStandard.class, "tariff.standard");
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
