package cn.evpark.charging;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How many charging orders drivers have at each operator (用户管理's 订单 column, manual 7.1). */
@Stateless
public class DriverOrderCounts {

  @PersistenceContext EntityManager em;

  /**
   * The number of orders of each of these drivers, keyed {@code operatorId + ":" + driverId}; the
   * caller keeps to its scope by the operator in the key.
   */
  public Map<String, Long> of(Collection<Long> driverIds) {
    Map<String, Long> counts = new HashMap<>();
    if (driverIds.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "select o.operatorId, o.driverId, count(o) from ChargingOrder o"
                    + " where o.driverId in :drivers group by o.operatorId, o.driverId",
                Object[].class)
            .setParameter("drivers", driverIds)
            .getResultList()) {
      counts.put(row[0] + ":" + row[1], (Long) row[2]);
    }
    return counts;
  }
}
