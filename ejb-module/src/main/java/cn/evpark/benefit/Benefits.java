package cn.evpark.benefit;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benefits orders qualify for at settlement (money.md §5), for a batch of orders in a few
 * queries: the driver's VIP benefit at the order's operator if it covers the station, and the
 * operator's charging activities at that station whose dates, weekdays and early end take the
 * order's start. Reads across operators on purpose (settlement is the platform's own work).
 */
@Stateless
public class Benefits {

  @PersistenceContext EntityManager em;

  /**
   * An order to find benefits for.
   *
   * @param operatorId the order's operator
   * @param stationId the order's station
   * @param driverId the driver who pays; empty for a session no driver pays (no VIP)
   * @param startedAt when charging started, UTC
   */
  public record Order(
      long operatorId, long stationId, Optional<Long> driverId, LocalDateTime startedAt) {

    public Order {
      Objects.requireNonNull(driverId, "driverId");
      Objects.requireNonNull(startedAt, "startedAt");
    }
  }

  /**
   * The benefits of each order, in the order of {@code orders}: the VIP benefit first, then the
   * activities by id (the tie order of {@link BenefitChoice}).
   */
  public List<List<Benefit>> qualifying(List<Order> orders) {
    if (orders.isEmpty()) {
      return List.of();
    }
    Set<Long> driverIds =
        orders.stream().flatMap(o -> o.driverId().stream()).collect(Collectors.toSet());
    Set<Long> operatorIds = orders.stream().map(Order::operatorId).collect(Collectors.toSet());
    List<LocalDate> days =
        orders.stream()
            .map(o -> BusinessCalendar.toLocal(o.startedAt()).toLocalDate())
            .sorted()
            .toList();
    List<VipBenefit> vips = vipsOf(driverIds);
    List<ChargingActivity> activities =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingActivity.class, "a")
            .where("a.operatorId in :operators")
            .where("a.startDate <= :last and a.endDate >= :first")
            .orderBy("a.id")
            .select("a", ChargingActivity.class)
            .setParameter("operators", operatorIds)
            .setParameter("first", days.get(0))
            .setParameter("last", days.get(days.size() - 1))
            .getResultList();
    List<List<Benefit>> result = new ArrayList<>(orders.size());
    for (Order order : orders) {
      List<Benefit> benefits = new ArrayList<>();
      order
          .driverId()
          .flatMap(
              driver ->
                  vips.stream()
                      .filter(v -> v.getOperatorId() == order.operatorId())
                      .filter(v -> v.getDriverId() == driver)
                      .filter(v -> v.appliesAt(order.stationId()))
                      .findFirst())
          .ifPresent(v -> benefits.add(v.benefit()));
      activities.stream()
          .filter(a -> a.getOperatorId() == order.operatorId())
          .filter(a -> a.qualifies(order.stationId(), order.startedAt()))
          .sorted(Comparator.comparing(ChargingActivity::getId))
          .forEach(a -> benefits.add(a.benefit()));
      result.add(List.copyOf(benefits));
    }
    return result;
  }

  private List<VipBenefit> vipsOf(Collection<Long> driverIds) {
    if (driverIds.isEmpty()) {
      return List.of();
    }
    return ScopedQuery.in(Scope.platform(), em)
        .from(VipBenefit.class, "v")
        .where("v.driverId in :drivers")
        .select("v", VipBenefit.class)
        .setParameter("drivers", driverIds)
        .getResultList();
  }
}
