package cn.evpark.benefit;

import cn.evpark.operator.AccessDeniedException;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.operator.StaffAccount;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.station.StationService;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.LedgerAccounts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets and removes drivers' VIP benefits (用户管理, manual 7.1; money.md §5), within the caller's
 * operator; read-only accounts may not change them.
 */
@Stateless
public class VipBenefits {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callers;
  @EJB Drivers drivers;
  @EJB LedgerAccounts accounts;
  @EJB StationService stations;

  /**
   * Gives the driver a VIP benefit at the operator, or changes the one it has. The driver's wallet
   * at the operator is opened if new, so the driver is among the operator's users.
   *
   * @param discount the per cent off; ignored for {@link VipKind#FREE}
   * @param stationIds stations of the operator it is limited to; empty for every station
   * @throws NotFoundException when the operator, the driver or a station is outside the caller's
   *     scope or unknown
   * @throws RuleViolationException when a discount is missing or out of range
   * @throws AccessDeniedException for a read-only account
   */
  public VipBenefit set(
      long operatorId, long driverId, VipKind kind, Discount discount, Set<Long> stationIds) {
    callers.forChange().check(operatorId, "operator.notFound");
    requireDriver(driverId);
    if (kind == null || (kind == VipKind.DISCOUNT && discount == null)) {
      throw new RuleViolationException(
          "benefit.discount.invalid",
          List.of(
              new RuleViolation(
                  "discount", "benefit.discount.missing", List.of(), "a kind and a discount")));
    }
    checkStations(operatorId, stationIds);
    accounts.wallet(operatorId, driverId);
    Optional<VipBenefit> existing = find(Scope.operator(operatorId), driverId);
    VipBenefit benefit = existing.orElseGet(() -> new VipBenefit(operatorId, driverId));
    benefit.set(kind, discount, stationIds, caller(), BusinessCalendar.toStored(clock.instant()));
    if (existing.isEmpty()) {
      // persisted with its terms: the identity insert happens at once
      em.persist(benefit);
    }
    return benefit;
  }

  /**
   * Takes the driver's VIP benefit at the operator away; nothing happens when there is none.
   *
   * @throws NotFoundException when the operator is outside the caller's scope
   * @throws AccessDeniedException for a read-only account
   */
  public void remove(long operatorId, long driverId) {
    callers.forChange().check(operatorId, "operator.notFound");
    find(Scope.operator(operatorId), driverId).ifPresent(em::remove);
  }

  /** The driver's VIP benefit at the operator, if the caller may see it. */
  public Optional<VipBenefit> of(long operatorId, long driverId) {
    Scope scope = callers.current();
    return scope.covers(operatorId) ? find(Scope.operator(operatorId), driverId) : Optional.empty();
  }

  /**
   * The VIP benefits of these drivers at the operators the caller may see, keyed by {@code
   * operatorId + ":" + driverId}.
   */
  public Map<String, VipBenefit> ofDrivers(Collection<Long> driverIds) {
    Map<String, VipBenefit> found = new HashMap<>();
    if (driverIds.isEmpty()) {
      return found;
    }
    ScopedQuery.in(callers.current(), em)
        .from(VipBenefit.class, "v")
        .where("v.driverId in :drivers")
        .select("v", VipBenefit.class)
        .setParameter("drivers", driverIds)
        .getResultList()
        .forEach(v -> found.put(key(v.getOperatorId(), v.getDriverId()), v));
    return found;
  }

  /** The key of {@link #ofDrivers}. */
  public static String key(long operatorId, long driverId) {
    return operatorId + ":" + driverId;
  }

  private Optional<VipBenefit> find(Scope scope, long driverId) {
    return ScopedQuery.in(scope, em)
        .from(VipBenefit.class, "v")
        .where("v.driverId = :driver")
        .select("v", VipBenefit.class)
        .setParameter("driver", driverId)
        .getResultStream()
        .findFirst();
  }

  private void requireDriver(long driverId) {
    drivers
        .byId(driverId)
        .orElseThrow(() -> new NotFoundException("driver.notFound", "no driver " + driverId));
  }

  private void checkStations(long operatorId, Set<Long> stationIds) {
    for (long stationId : stationIds) {
      stations
          .find(stationId)
          .filter(s -> s.getOperator().getId() == operatorId)
          .orElseThrow(() -> new NotFoundException("station.notFound", "no station " + stationId));
    }
  }

  private String caller() {
    return callers.account().map(StaffAccount::getUsername).orElse("platform");
  }
}
