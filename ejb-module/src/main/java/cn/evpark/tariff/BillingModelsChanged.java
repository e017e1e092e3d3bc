package cn.evpark.tariff;

import java.util.Set;

/**
 * The billing model of these stations' piles changed: a standard they use was revised, or a station
 * was given another standard or made free. Fired inside the transaction that changed it; the push
 * to the piles starts only after it commits.
 *
 * @param stationIds the stations concerned
 */
public record BillingModelsChanged(Set<Long> stationIds) {

  public BillingModelsChanged {
    stationIds = Set.copyOf(stationIds);
  }
}
