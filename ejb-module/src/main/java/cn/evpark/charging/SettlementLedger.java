package cn.evpark.charging;

import cn.evpark.shared.Money;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a settled order's money reaches the ledger (money.md §2, §4.7), the same for a record's
 * settlement ({@link Settlement}) and a staff settlement of an abnormal order ({@link
 * AbnormalSettlements}): the paying and revenue accounts locked before any amount is decided, then
 * one ledger transaction per order keyed {@code settlement:<pile>:<serial>}.
 */
@Stateless
public class SettlementLedger {

  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;

  /** An operator's revenue accounts (money.md §2). */
  public record Revenue(long electricity, long service) {}

  /**
   * What a settlement holds locked.
   *
   * @param balances every locked account's balance under the lock, by account id
   * @param revenue the revenue accounts of each operator whose orders are paid, by operator id
   */
  public record Locked(Map<Long, Money> balances, Map<Long, Revenue> revenue) {}

  /**
   * Locks the paying accounts of the unsettled {@code orders} and their operators' revenue accounts
   * (by id, one statement), opening revenue accounts that do not exist yet.
   */
  public Locked lock(Collection<ChargingOrder> orders) {
    Set<Long> ids = new HashSet<>();
    Set<Long> operators = new HashSet<>();
    for (ChargingOrder order : orders) {
      if (order.getState() != OrderState.SETTLED && order.getAccountId().isPresent()) {
        ids.add(order.getAccountId().get());
        operators.add(order.getOperatorId());
      }
    }
    Map<Long, Revenue> revenue = new HashMap<>();
    for (long operatorId : operators) {
      Revenue accounts =
          new Revenue(
              this.accounts.operatorAccount(operatorId, AccountKind.ELECTRICITY_REVENUE).getId(),
              this.accounts.operatorAccount(operatorId, AccountKind.SERVICE_REVENUE).getId());
      revenue.put(operatorId, accounts);
      ids.add(accounts.electricity());
      ids.add(accounts.service());
    }
    Map<Long, Money> balances = new HashMap<>();
    ledger.lock(ids).forEach((id, account) -> balances.put(id, account.getBalance()));
    return new Locked(balances, revenue);
  }

  /**
   * The ledger transaction of an order's settlement: the payer debited what it pays, the driver's
   * arrears account what it cannot, the operator's electricity and service revenue credited.
   *
   * @param revenue the operator's revenue accounts, locked
   * @param reason a person's reason (a staff settlement), or null
   * @param postedBy the staff account, or "platform"
   */
  public Posting posting(
      ChargingOrder order,
      long payerId,
      Revenue revenue,
      SettledAmounts amounts,
      String reason,
      String postedBy) {
    long operatorId = order.getOperatorId();
    List<Posting.Leg> legs = new ArrayList<>();
    addLeg(legs, payerId, amounts.paid().negated());
    if (amounts.arrears().isPositive()) {
      long driverId =
          order
              .getDriverId()
              .orElseThrow(() -> new IllegalStateException("arrears need a driver: " + order));
      addLeg(legs, accounts.arrears(operatorId, driverId).getId(), amounts.arrears().negated());
    }
    addLeg(legs, revenue.electricity(), amounts.electricity());
    addLeg(legs, revenue.service(), amounts.service());
    return new Posting(
        postingKey(order), TransactionKind.CHARGING_SETTLEMENT, operatorId, reason, postedBy, legs);
  }

  /** Posts the settlements, each once ({@link Ledger#postAll}). */
  public void postAll(List<Posting> postings) {
    ledger.postAll(postings);
  }

  /**
   * The idempotency key of an order's settlement: its pile and transaction serial, whoever settles
   * it, so a session is billed once.
   */
  static String postingKey(ChargingOrder order) {
    return "settlement:" + order.getPileCode().value() + ":" + order.getTransactionSerial();
  }

  private static void addLeg(List<Posting.Leg> legs, long accountId, Money amount) {
    if (!amount.isZero()) {
      legs.add(new Posting.Leg(accountId, amount));
    }
  }
}
