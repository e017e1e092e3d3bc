package cn.evpark.charging;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Money;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.ykc.protocol.TransactionSerial;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Balance protection (money.md §3): a driver never charges past the money the paying account holds.
 * Each batch of real-time data (0x13) is checked; a charging session whose running amount reached
 * the account's balance now (top-ups during the session count) is stopped with 0x36, sent after the
 * check commits: in a transaction of its own, so a failure here never costs the batch's samples.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BalanceGuard {

  private static final Logger LOG = Logger.getLogger(BalanceGuard.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Event<OrderCommand> commands;

  /**
   * Stops the charging sessions whose running amount reached their account's balance.
   *
   * @param runningAmounts the pile's running amount of each session in the batch, by serial, yuan
   *     at 4 decimals (the latest frame's)
   * @return the numbers of the orders stopped
   */
  public List<String> protect(Map<TransactionSerial, BigDecimal> runningAmounts) {
    if (runningAmounts.isEmpty()) {
      return List.of();
    }
    List<ChargingOrder> charging =
        ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where(
                "o.state = :charging and o.transactionSerial in :serials"
                    + " and o.accountId is not null")
            .select("o", ChargingOrder.class)
            .setParameter("charging", OrderState.CHARGING)
            .setParameter("serials", List.copyOf(runningAmounts.keySet()))
            .getResultList();
    List<String> stopped = new ArrayList<>();
    for (ChargingOrder order : charging) {
      Money balance = em.find(LedgerAccount.class, order.getAccountId().orElseThrow()).getBalance();
      BigDecimal amount = runningAmounts.get(order.getTransactionSerial());
      if (amount != null && amount.compareTo(balance.yuan()) >= 0) {
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        if (order.getState() == OrderState.CHARGING) {
          order.stopRequested();
          commands.fire(OrderCommand.stop(order));
          stopped.add(order.getOrderNo());
          LOG.info(
              () ->
                  "order "
                      + order.getOrderNo()
                      + " reached its balance "
                      + balance
                      + " (running "
                      + amount
                      + "): stopping");
        }
      }
    }
    return stopped;
  }
}
