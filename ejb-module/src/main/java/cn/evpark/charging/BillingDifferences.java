package cn.evpark.charging;

import cn.evpark.tariff.BillingModelPush;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.logging.Logger;

/**
 * Pushes the billing model again to a pile that billed differently (money.md §4.6), once the
 * settlement that found the difference has committed.
 */
@Stateless
public class BillingDifferences {

  private static final Logger LOG = Logger.getLogger(BillingDifferences.class.getName());

  @EJB BillingModelPush push;

  public void onDifference(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) BillingDifference difference) {
    LOG.warning(
        () ->
            "order "
                + difference.orderNo()
                + ": pile "
                + difference.pileCode()
                + " billed differently from its tariff; sending its billing model again");
    push.pushInBackground(List.of(difference.pileCode()));
  }
}
