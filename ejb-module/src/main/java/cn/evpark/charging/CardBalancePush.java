package cn.evpark.charging;

import cn.evpark.card.CardBalanceChange;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.PileCommands;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tells a pile the new balance of the card paying its session (0x42, ykc-protocol.md §7.9) after
 * staff topped the card up or refunded from it: the pile stops a session at the balance it knows,
 * so a top-up during the session lets it charge on, and a refund stops it sooner. Sent after the
 * change commits, without waiting; the platform's own balance protection ({@link BalanceGuard})
 * reads the account's balance anyway, so a pile that misses the frame is still stopped in time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CardBalancePush {

  private static final Logger LOG = Logger.getLogger(CardBalancePush.class.getName());

  @PersistenceContext EntityManager em;
  @EJB PileCommands commands;

  /** Sends the card's committed balance to the piles of the sessions it pays. */
  public void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardBalanceChange change) {
    List<ChargingOrder> open =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where("o.accountId = :account and o.state in :open")
            .select("o", ChargingOrder.class)
            .setParameter("account", change.accountId())
            .setParameter("open", List.of(OrderState.CHARGING, OrderState.STOPPING))
            .getResultList();
    for (ChargingOrder order : open) {
      commands
          .updateBalance(
              order.getPileCode(), order.getGun(), change.physical(), change.balance().yuan())
          .whenComplete(
              (reply, failure) -> {
                if (failure != null) {
                  LOG.warning(
                      () -> "order " + order.getOrderNo() + ": balance not pushed: " + failure);
                }
              });
    }
  }
}
