package cn.evpark.charging;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.GunSamples;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Charging orders as drivers see theirs. */
@Stateless
public class ChargingOrders {

  @PersistenceContext EntityManager em;
  @EJB GunSamples samples;

  /** The order a start request with this key created, if any. */
  public Optional<ChargingOrder> byStartKey(String startKey) {
    return drivers()
        .where("o.startKey = :key")
        .select("o", ChargingOrder.class)
        .setParameter("key", startKey)
        .getResultStream()
        .findFirst();
  }

  /** The driver's session under way (starting, charging or stopping), if any. */
  public Optional<ChargingOrder> openOf(long driverId) {
    return drivers()
        .where("o.driverId = :driver and o.state in :open")
        .select("o", ChargingOrder.class)
        .setParameter("driver", driverId)
        .setParameter(
            "open", List.of(OrderState.STARTING, OrderState.CHARGING, OrderState.STOPPING))
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether the driver has an order at the operator whose bill is not settled: under way, FINISHED
   * (its record not yet settled) or ABNORMAL (awaiting staff). Its amount is still to come out of
   * the account, so the wallet must not be emptied meanwhile.
   */
  public boolean hasUnsettled(long driverId, long operatorId) {
    return !ScopedQuery.in(Scope.operator(operatorId), em)
        .from(ChargingOrder.class, "o")
        .where("o.driverId = :driver and o.state in :unsettled")
        .select("o.id", Long.class)
        .setParameter("driver", driverId)
        .setParameter(
            "unsettled",
            List.of(
                OrderState.STARTING,
                OrderState.CHARGING,
                OrderState.STOPPING,
                OrderState.FINISHED,
                OrderState.ABNORMAL))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * One of the driver's orders.
   *
   * @throws NotFoundException when the driver has no order of that number
   */
  public ChargingOrder ofDriver(long driverId, String orderNo) {
    return drivers()
        .where("o.orderNo = :no and o.driverId = :driver")
        .select("o", ChargingOrder.class)
        .setParameter("no", orderNo)
        .setParameter("driver", driverId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("charging.order.notFound", "no order " + orderNo));
  }

  /**
   * One of the driver's orders with its live progress while under way.
   *
   * @throws NotFoundException when the driver has no order of that number
   */
  public OrderView viewOf(long driverId, String orderNo) {
    ChargingOrder order = ofDriver(driverId, orderNo);
    return new OrderView(
        order, order.isOpen() ? samples.progress(order.getTransactionSerial()) : Optional.empty());
  }

  /** The driver's orders, newest first. */
  public List<ChargingOrder> historyOf(long driverId, int first, int size) {
    return drivers()
        .where("o.driverId = :driver")
        .orderBy("o.id desc")
        .select("o", ChargingOrder.class)
        .setParameter("driver", driverId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * Orders across operators: a driver's orders are theirs at every operator, each query here names
   * the driver (or the driver's own start key).
   */
  private ScopedQuery drivers() {
    return ScopedQuery.in(Scope.platform(), em).from(ChargingOrder.class, "o");
  }
}
