package cn.evpark.charging;

import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * What the piles answered to an order's start (0x33) and stop (0x35), each in its transaction. A
 * start that failed gives its occupancy deposit back ({@link OccupancyDeposits}).
 */
@Stateless
public class OrderAnswers {

  private static final Logger LOG = Logger.getLogger(OrderAnswers.class.getName());

  @PersistenceContext EntityManager em;
  @EJB OccupancyDeposits deposits;

  /** The pile's 0x33: charging, or the start failed with the pile's reason. */
  public void startAnswered(long orderId, RemoteStartResult result) {
    ChargingOrder order = locked(orderId);
    if (result.success()) {
      order.started();
    } else {
      order.startFailed(
          result
              .failureReason()
              .known()
              .map(StartFailureReason::description)
              .orElseGet(() -> "pile's own reason 0x" + result.failureReason().hex()));
      deposits.releaseAfterFailedStart(order);
    }
  }

  /** The 0x34 was not answered (offline, timed out): the start failed, unless a record came. */
  public void startNotAnswered(long orderId, String reason) {
    ChargingOrder order = locked(orderId);
    if (order.startFailed(reason)) {
      deposits.releaseAfterFailedStart(order);
    } else {
      LOG.info(() -> "order " + orderId + " moved on before its start timed out: " + reason);
    }
  }

  /** The pile's 0x35, or none: a failed stop leaves the session charging. */
  public void stopAnswered(long orderId, boolean stopped, String reason) {
    if (!stopped) {
      locked(orderId).stopFailed(reason);
    }
  }

  private ChargingOrder locked(long orderId) {
    return em.find(ChargingOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
  }
}
