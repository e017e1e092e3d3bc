package cn.evpark.tariff;

import cn.evpark.operator.CallerScope;
import cn.evpark.shared.NotFoundException;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Set;

/**
 * Sends piles their new billing model (0x58) and records, per pile, whether they took it (0x57).
 *
 * <p>Pushed to every online pile concerned when a standard in use changes or a station gets another
 * one (domain.md 2.1); offline piles get it when they verify their model after logging in
 * (ykc-protocol.md §11.2). A pile with a gun charging is left alone: the spec delivers a new tariff
 * only to an idle pile, and a session keeps the model it started with (§5.6, §11.5). Every five
 * minutes the online piles that still hold an old model are tried again, and staff can push again
 * from the billing-model page.
 *
 * <p>Staff's pushes are checked here against what the caller may change; the sending itself, and
 * the timer, are {@link BillingModelDelivery}'s, as the platform.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingModelPush {

  @EJB PileBillingModels models;
  @EJB CallerScope callerScope;
  @EJB BillingModelDelivery delivery;

  /**
   * Pushes the model to every pile of the stations, in the background. Checks no scope: the
   * stations are those of a change that was checked and has committed.
   */
  public void pushToStations(Set<Long> stationIds) {
    delivery.pushToStations(stationIds);
  }

  /**
   * Pushes the model to one pile the caller may change, in the background (重新下发); the outcome shows
   * on the billing-model page.
   *
   * @param code the pile's 14 digits
   * @throws NotFoundException when the text is no pile code, or no such pile is in scope
   */
  public void pushAgain(String code) {
    callerScope.forChange();
    PileRef pile =
        models
            .pile(code)
            .orElseThrow(() -> new NotFoundException("pile.notFound", "no pile " + code));
    delivery.pushInBackground(List.of(pile.code()));
  }

  /** Pushes the model to every out-of-date pile the caller may change, in the background. */
  public int pushAgainToAllOutOfDate() {
    callerScope.forChange();
    List<PileCode> codes = models.outOfDateOnline();
    delivery.pushInBackground(codes);
    return codes.size();
  }

  /**
   * Pushes each pile the model it must hold, in the background. Checks no scope: it only ever sends
   * piles their own station's model; callers check what staff may change.
   */
  public void pushInBackground(List<PileCode> codes) {
    delivery.pushInBackground(codes);
  }
}
