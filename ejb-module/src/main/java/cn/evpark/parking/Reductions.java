package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.ChargingOrderSettled;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import cn.evpark.wallet.Driver;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Parking-fee reductions (减免, {@code parking.md §4}): the one a settled charging order earns by its
 * station's {@link ReductionRule}, written in the settling transaction (the outbox: {@link
 * ParkingIssuer} sends it after), for the car's plate as the bay camera read it during the session
 * (its stay), else the driver's plate when the driver keeps exactly one (nothing is guessed: no
 * plate, no reduction); staff issuing a failed one again; the parking system's redemption (核销).
 */
@Stateless
public class Reductions {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /** A settled order earns its station's reduction, once, when the plate is known. */
  public void earned(@Observes ChargingOrderSettled settled) {
    ChargingOrder order = settled.order();
    ReductionRule rule = em.find(ReductionRule.class, order.getStationId());
    if (rule == null
        || order.getEnergy() == null
        || !rule.grantsFor(order.getEnergy(), order.getTotalAmount())) {
      return;
    }
    if (order.getId() == null) {
      em.flush(); // a new offline order: its id
    }
    Optional<String> plate = plateOf(order);
    if (plate.isEmpty() || exists(order.getId())) {
      return;
    }
    ReductionOrder reduction =
        new ReductionOrder(
            order.getOperatorId(),
            order.getStationId(),
            order.getId(),
            plate.get(),
            rule.getKind(),
            rule.getValue(),
            BusinessCalendar.toStored(clock.instant()));
    em.persist(reduction);
    em.flush();
    reduction.number();
  }

  /**
   * Issues a failed reduction again (重新下发): a fresh round of attempts from now.
   *
   * @throws NotFoundException {@code parking.reduction.notFound} outside the caller's scope
   * @throws ReductionStateException {@code parking.reduction.notFailed} unless it had failed
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public ReductionOrder reissue(String orderNo) {
    ReductionOrder reduction = find(callers.forChange(), orderNo);
    em.lock(reduction, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(reduction);
    if (!reduction.getDelivery().reissue(BusinessCalendar.toStored(clock.instant()))) {
      throw new ReductionStateException(
          "parking.reduction.notFailed",
          "reduction " + orderNo + " is " + reduction.getDelivery().getState(),
          orderNo);
    }
    return reduction;
  }

  /**
   * The parking system redeemed (核销) a reduction of the station whose key signed the call.
   *
   * @param at when it was redeemed
   * @return the reduction, and whether this call redeemed it (false: it was before, and nothing
   *     changed)
   * @throws NotFoundException {@code parking.reduction.notFound} for no reduction of that station
   * @throws ReductionStateException {@code parking.reduction.notIssued} before it was sent
   */
  public Redeemed redeem(long stationId, String orderNo, Instant at) {
    ReductionOrder reduction =
        ScopedQuery.in(Scope.platform(), em)
            .from(ReductionOrder.class, "r")
            .where("r.orderNo = :no and r.stationId = :station")
            .select("r", ReductionOrder.class)
            .setParameter("no", orderNo == null ? "" : orderNo.strip())
            .setParameter("station", stationId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> notFound(orderNo));
    if (reduction.getDelivery().getState() != IssueState.SENT) {
      throw new ReductionStateException(
          "parking.reduction.notIssued", "reduction " + orderNo + " was not issued", orderNo);
    }
    boolean now = reduction.redeemed(BusinessCalendar.toStored(at));
    return new Redeemed(reduction, now);
  }

  /** A redemption's outcome. */
  public record Redeemed(ReductionOrder reduction, boolean now) {}

  /**
   * One reduction in {@code scope}.
   *
   * @throws NotFoundException {@code parking.reduction.notFound}
   */
  ReductionOrder find(Scope scope, String orderNo) {
    return ScopedQuery.in(scope, em)
        .from(ReductionOrder.class, "r")
        .where("r.orderNo = :no")
        .select("r", ReductionOrder.class)
        .setParameter("no", orderNo == null ? "" : orderNo.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> notFound(orderNo));
  }

  private static NotFoundException notFound(String orderNo) {
    return new NotFoundException("parking.reduction.notFound", "no reduction " + orderNo);
  }

  /** The plate of the car that charged: its stay's, the bay's open stay's, the driver's one. */
  private Optional<String> plateOf(ChargingOrder order) {
    Optional<String> camera =
        ScopedQuery.in(Scope.platform(), em)
            .from(OccupancyOrder.class, "s")
            .where("s.chargingOrderId = :order and s.plate is not null and s.plate <> ''")
            .select("s.plate", String.class)
            .setParameter("order", order.getId())
            .getResultStream()
            .findFirst()
            .or(() -> bayPlate(order));
    if (camera.isPresent()) {
      return camera;
    }
    List<String> plates =
        order
            .getDriverId()
            .map(id -> em.find(Driver.class, id))
            .map(Driver::getPlates)
            .orElse(List.of());
    return plates.size() == 1 ? Optional.of(plates.get(0)) : Optional.empty();
  }

  /** The plate of the stay open in the order's bay, if a camera saw it enter before the session. */
  private Optional<String> bayPlate(ChargingOrder order) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.code = :code")
        .select("p.id", Long.class)
        .setParameter("code", order.getPileCode())
        .getResultStream()
        .findFirst()
        .flatMap(
            pileId ->
                ScopedQuery.in(Scope.platform(), em)
                    .from(OccupancyOrder.class, "s")
                    .where(
                        "s.pileId = :pile and s.plate is not null and s.plate <> ''"
                            + " and s.enteredAt <= :started"
                            + " and (s.leftAt is null or s.leftAt >= :started)")
                    .orderBy("s.enteredAt desc")
                    .select("s.plate", String.class)
                    .setParameter("pile", pileId)
                    .setParameter("started", order.getStartedAt())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst());
  }

  private boolean exists(long chargingOrderId) {
    return ScopedQuery.in(Scope.platform(), em)
            .from(ReductionOrder.class, "r")
            .where("r.chargingOrderId = :order")
            .select("count(r)", Long.class)
            .setParameter("order", chargingOrderId)
            .getSingleResult()
        > 0;
  }
}
