package cn.evpark.charging;

import static java.util.stream.Collectors.toSet;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.tariff.TierEnergies;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles the charging order of each transaction record, once, in the transaction that stores the
 * record (money.md §4): so the pile's acknowledgement, sent after that commit, means "stored and
 * settled", and a crash before it leaves neither. Records come in batches (the adapter hands over
 * what arrived while the previous batch was settled), each batch one transaction.
 *
 * <p>Money moves as one ledger transaction keyed {@code settlement:<pile>:<serial>}: the paying
 * account is debited what it can pay, the driver's arrears account what it cannot, and the
 * operator's electricity and service revenue accounts are credited the fees. A session no account
 * pays for (offline charging of no known card) moves no money and stays 未支付 on the order.
 */
@Stateless
public class Settlement {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<BillingDifference> differences;
  @EJB StationSchedules schedules;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;

  /** A stored record to settle, with the message it was stored from. */
  public record Bill(PileTransactionRecord stored, TransactionRecord record) {}

  /**
   * Settles the orders of the bills, in order, in the caller's transaction: for each, the order the
   * platform started for its serial, priced by the tariff it started with, or a new order for a
   * session it never started, priced by its station's schedule now (money.md §4.3). The caller
   * keeps the records themselves ({@link TransactionRecords}).
   *
   * <p>The batch reads its orders and accounts in a few statements, and locks the orders (by id)
   * and then every paying and revenue account (by id, one statement) before any amount is decided:
   * the paying account's balance is the one read under that lock, less what earlier bills of the
   * batch took from it.
   *
   * @param bills records of registered piles, each session once
   * @param registered the bills' piles, by code ({@link
   *     PileService#findForCharging(java.util.Collection)})
   */
  public void settleAll(List<Bill> bills, Map<PileCode, Pile> registered) {
    if (bills.isEmpty()) {
      return;
    }
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    Map<String, ChargingOrder> started = lockedStartedOrders(bills);
    List<ChargingOrder> orders = new ArrayList<>(bills.size());
    for (Bill bill : bills) {
      ChargingOrder order = started.get(sessionKey(bill.stored()));
      orders.add(order != null ? order : offlineOrder(bill.stored(), registered, now));
    }
    Locked locked = lockAccounts(orders);
    Map<Long, Money> available = locked.balances();
    Map<Long, Optional<FeeSchedule>> schedules = new HashMap<>();
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < bills.size(); i++) {
      ChargingOrder order = orders.get(i);
      Bill bill = bills.get(i);
      if (order.getState() == OrderState.SETTLED) {
        continue;
      }
      if (order.getState() != OrderState.FINISHED) {
        order.finished(bill.stored());
      }
      Optional<Long> payer = order.getAccountId();
      SettledAmounts amounts =
          SettlementRules.settle(
              order
                  .getTariffSnapshot()
                  .or(
                      () ->
                          schedules.computeIfAbsent(order.getStationId(), this.schedules::current)),
              energies(bill.record()),
              bill.record().totalAmount(),
              List.of(),
              payer.map(available::get));
      if (payer.isPresent() && !amounts.total().isZero()) {
        postings.add(
            posting(order, payer.get(), locked.revenue().get(order.getOperatorId()), amounts));
        available.merge(payer.get(), amounts.paid().negated(), Money::plus);
      }
      order.settle(amounts, now);
      if (order.getId() == null) {
        // an offline session's new order, inserted once settled rather than inserted and updated
        em.persist(order);
        order.number();
      }
      if (amounts.billingDifference()) {
        differences.fire(new BillingDifference(order.getPileCode(), order.getOrderNo()));
      }
    }
    ledger.postAll(postings);
  }

  /**
   * The orders the platform started for the bills' sessions, by {@link #sessionKey}, locked by
   * their rows: read plainly first, then locked by id, since a locking read of an order that is not
   * there would lock the index gap and deadlock concurrent settlements of offline records.
   */
  private Map<String, ChargingOrder> lockedStartedOrders(List<Bill> bills) {
    Map<String, ChargingOrder> orders = new HashMap<>();
    if (bills.isEmpty()) {
      return orders;
    }
    Set<String> sessions = new HashSet<>();
    bills.forEach(b -> sessions.add(sessionKey(b.stored())));
    List<Long> ids =
        em
            .createQuery(
                "select o.id, o.pileCode, o.transactionSerial from ChargingOrder o"
                    + " where o.transactionSerial in :serials",
                Object[].class)
            .setParameter(
                "serials",
                bills.stream().map(b -> b.stored().getTransactionSerial()).collect(toSet()))
            .getResultList()
            .stream()
            .filter(
                row -> sessions.contains(sessionKey((PileCode) row[1], (TransactionSerial) row[2])))
            .map(row -> (Long) row[0])
            .toList();
    if (!ids.isEmpty()) {
      em.createQuery(
              "select o from ChargingOrder o where o.id in :ids order by o.id", ChargingOrder.class)
          .setParameter("ids", ids)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .setHint("eclipselink.refresh", "true")
          // the price lines settling adds to, read for all the orders at once
          .setHint("eclipselink.batch", "o.tiers")
          .setHint("eclipselink.batch.type", "IN")
          .getResultList()
          .forEach(o -> orders.put(sessionKey(o.getPileCode(), o.getTransactionSerial()), o));
    }
    return orders;
  }

  /** A new order for a session the platform never started; persisted by the caller once settled. */
  private ChargingOrder offlineOrder(
      PileTransactionRecord stored, Map<PileCode, Pile> registered, LocalDateTime now) {
    Pile pile = registered.get(stored.getPileCode());
    ChargingOrder order =
        ChargingOrder.ofOfflineRecord(
            pile.operatorId(),
            pile.getStation().getId(),
            stored,
            ChargingType.of(stored.getTransactionType()),
            now);
    return order;
  }

  /** An operator's revenue accounts (money.md §2). */
  private record Revenue(long electricity, long service) {}

  /**
   * What a batch holds locked.
   *
   * @param balances every locked account's balance under the lock, by account id
   * @param revenue the revenue accounts of each operator whose orders are paid, by operator id
   */
  private record Locked(Map<Long, Money> balances, Map<Long, Revenue> revenue) {}

  /**
   * Locks the paying accounts of {@code orders} and their operators' revenue accounts, opening
   * revenue accounts that do not exist yet.
   */
  private Locked lockAccounts(List<ChargingOrder> orders) {
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

  private Posting posting(
      ChargingOrder order, long payerId, Revenue revenue, SettledAmounts amounts) {
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
        postingKey(order), TransactionKind.CHARGING_SETTLEMENT, operatorId, null, "platform", legs);
  }

  private static String sessionKey(PileTransactionRecord stored) {
    return sessionKey(stored.getPileCode(), stored.getTransactionSerial());
  }

  private static String sessionKey(PileCode pile, TransactionSerial serial) {
    return pile.value() + ":" + serial;
  }

  /** The idempotency key of an order's settlement: its pile and transaction serial. */
  static String postingKey(ChargingOrder order) {
    return "settlement:" + order.getPileCode().value() + ":" + order.getTransactionSerial();
  }

  private static void addLeg(List<Posting.Leg> legs, long accountId, Money amount) {
    if (!amount.isZero()) {
      legs.add(new Posting.Leg(accountId, amount));
    }
  }

  private static TierEnergies energies(TransactionRecord record) {
    return TierEnergies.of(
        energy(record, Tier.SHARP),
        energy(record, Tier.PEAK),
        energy(record, Tier.FLAT),
        energy(record, Tier.VALLEY));
  }

  private static Energy energy(TransactionRecord record, Tier tier) {
    return new Energy(record.usage(tier).energy());
  }
}
