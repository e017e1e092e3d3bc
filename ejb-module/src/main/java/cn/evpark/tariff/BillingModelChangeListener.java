package cn.evpark.tariff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the push of new billing models once the change that made them has committed. */
@ApplicationScoped
public class BillingModelChangeListener {

  @Inject BillingModelPush push;

  public void changed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) BillingModelsChanged change) {
    push.pushToStations(change.stationIds());
  }
}
