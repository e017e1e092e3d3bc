package cn.evpark.charging;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
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
   * The number of orders of each of these drivers within {@code scope}, keyed {@code operatorId +
   * ":" + driverId}.
   */
  public Map<String, Long> of(Scope scope, Collection<Long> driverIds) {
    Map<String, Long> counts = new HashMap<>();
    if (driverIds.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        ScopedQuery.in(scope, em)
            .from(ChargingOrder.class, "o")
            .where("o.driverId in :drivers")
            .groupBy("o.operatorId, o.driverId")
            .select("o.operatorId, o.driverId, count(o)", Object[].class)
            .setParameter("drivers", driverIds)
            .getResultList()) {
      counts.put(row[0] + ":" + row[1], (Long) row[2]);
    }
    return counts;
  }
}
