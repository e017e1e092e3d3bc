package cn.evpark.charging;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.tariff.TierEnergies;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Settles the charging order of each transaction record, once, in the transaction that stores the
 * record (money.md §4): so the pile's acknowledgement, sent after that commit, means "stored and
 * settled", and a crash before it leaves neither.
 *
 * <p>Money moves as one ledger transaction keyed {@code settlement:<pile>:<serial>}: the paying
 * account is debited what it can pay, the driver's arrears account what it cannot, and the
 * operator's electricity and service revenue accounts are credited the fees. A session no account
 * pays for (offline charging of no known card) moves no money and stays 未支付 on the order.
 */
@Stateless
public class Settlement {

  private static final Logger LOG = Logger.getLogger(Settlement.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<BillingDifference> differences;
  @EJB PileService piles;
  @EJB StationSchedules schedules;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;

  /**
   * Settles the order of a newly stored record: the order the platform started for its serial, or a
   * new order for a session it never started. A record of a pile no longer registered stays stored
   * and unsettled (logged) for staff.
   */
  public Optional<ChargingOrder> settle(PileTransactionRecord stored, TransactionRecord record) {
    Optional<Pile> pile = piles.findForCharging(record.pileCode());
    if (pile.isEmpty()) {
      LOG.warning(() -> "transaction record of unregistered pile " + record.pileCode() + " kept");
      return Optional.empty();
    }
    ChargingOrder order = orderOf(stored, pile.get());
    if (order.getState() == OrderState.SETTLED) {
      return Optional.of(order);
    }
    if (order.getState() != OrderState.FINISHED) {
      order.finished(stored);
    }
    Optional<LedgerAccount> payer = order.getAccountId().map(this::lockedAccount);
    SettledAmounts amounts =
        SettlementRules.settle(
            schedules.current(order.getStationId()),
            energies(record),
            record.totalAmount(),
            List.of(),
            payer.map(LedgerAccount::getBalance));
    post(order, payer, amounts);
    order.settle(amounts, BusinessCalendar.toStored(clock.instant()));
    stored.markSettled();
    if (amounts.billingDifference()) {
      differences.fire(new BillingDifference(order.getPileCode(), order.getOrderNo()));
    }
    return Optional.of(order);
  }

  private ChargingOrder orderOf(PileTransactionRecord stored, Pile pile) {
    Optional<ChargingOrder> started =
        em.createQuery(
                "select o from ChargingOrder o where o.pileCode = :pile"
                    + " and o.transactionSerial = :serial",
                ChargingOrder.class)
            .setParameter("pile", stored.getPileCode())
            .setParameter("serial", stored.getTransactionSerial())
            .getResultStream()
            .findFirst();
    if (started.isPresent()) {
      // Locked by its row only: a locking read of an order that is not there would lock the index
      // gap and deadlock concurrent settlements of other piles' offline records.
      em.refresh(started.get(), LockModeType.PESSIMISTIC_WRITE);
      return started.get();
    }
    ChargingOrder order =
        ChargingOrder.ofOfflineRecord(
            pile.operatorId(),
            pile.getStation().getId(),
            stored,
            ChargingType.of(stored.getTransactionType()),
            BusinessCalendar.toStored(clock.instant()));
    em.persist(order);
    order.number();
    return order;
  }

  private LedgerAccount lockedAccount(long accountId) {
    return em.find(LedgerAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
  }

  private void post(ChargingOrder order, Optional<LedgerAccount> payer, SettledAmounts amounts) {
    if (payer.isEmpty() || amounts.total().isZero()) {
      return;
    }
    long operatorId = order.getOperatorId();
    List<Posting.Leg> legs = new ArrayList<>();
    addLeg(legs, payer.get().getId(), amounts.paid().negated());
    if (amounts.arrears().isPositive()) {
      long driverId =
          order
              .getDriverId()
              .orElseThrow(() -> new IllegalStateException("arrears need a driver: " + order));
      addLeg(legs, accounts.arrears(operatorId, driverId).getId(), amounts.arrears().negated());
    }
    addLeg(
        legs,
        accounts.operatorAccount(operatorId, AccountKind.ELECTRICITY_REVENUE).getId(),
        amounts.electricity());
    addLeg(
        legs,
        accounts.operatorAccount(operatorId, AccountKind.SERVICE_REVENUE).getId(),
        amounts.service());
    ledger.post(
        new Posting(
            postingKey(order),
            TransactionKind.CHARGING_SETTLEMENT,
            operatorId,
            null,
            "platform",
            legs));
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
