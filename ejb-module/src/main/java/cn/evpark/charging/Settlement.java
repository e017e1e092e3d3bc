package cn.evpark.charging;

import static java.util.stream.Collectors.toSet;

import cn.evpark.benefit.Benefit;
import cn.evpark.benefit.BenefitChoice;
import cn.evpark.benefit.Benefits;
import cn.evpark.card.Cards;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.tariff.TierEnergies;
import cn.evpark.wallet.Posting;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
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
import java.util.logging.Logger;

/**
 * Settles the charging order of each transaction record, once, in the transaction that stores the
 * record (money.md §4): so the pile's acknowledgement, sent after that commit, means "stored and
 * settled", and a crash before it leaves neither. Records come in batches (the adapter hands over
 * what arrived while the previous batch was settled), each batch one transaction.
 *
 * <p>Money moves as one ledger transaction keyed {@code settlement:<pile>:<serial>}: the paying
 * account is debited what it can pay, the driver's arrears account what it cannot, and the
 * operator's electricity and service revenue accounts are credited the fees. An offline session of
 * a known IC card is paid by the card; a session no account pays for (offline charging of no known
 * card) moves no money and stays 未支付 on the order ({@link SettlementLedger}).
 *
 * <p>A record of a session staff settled already (an abnormal order, {@link AbnormalSettlements})
 * is stored, acknowledged and kept on the order, and bills nothing: staff moved the money, under
 * this same key. What it would have billed is noted on the staff settlement's audit, so staff see a
 * difference.
 */
@Stateless
public class Settlement {

  private static final Logger LOG = Logger.getLogger(Settlement.class.getName());

  /** Who posts the settlements of records: the platform itself. */
  private static final String PLATFORM = "platform";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<BillingDifference> differences;
  @Inject Event<ChargingOrderSettled> settled;
  @EJB StationSchedules schedules;
  @EJB SettlementLedger settlementLedger;
  @EJB Benefits benefits;
  @EJB Cards cards;

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
      orders.add(order != null ? order : offlineOrder(bill, registered, now));
    }
    SettlementLedger.Locked locked = settlementLedger.lock(orders);
    Map<Long, Money> available = locked.balances();
    Map<Long, Optional<FeeSchedule>> schedules = new HashMap<>();
    List<List<Benefit>> qualifying = benefits.qualifying(benefitOrders(bills, orders));
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < bills.size(); i++) {
      ChargingOrder order = orders.get(i);
      Bill bill = bills.get(i);
      if (order.awaitsRecordAfterStaffSettlement()) {
        recordAfterStaffSettlement(order, bill, pricesOf(order, schedules), qualifying.get(i));
        continue;
      }
      if (order.getState() == OrderState.SETTLED) {
        continue;
      }
      if (order.getState() != OrderState.FINISHED) {
        order.finished(bill.stored());
      }
      Optional<Long> payer = order.getAccountId();
      Optional<FeeSchedule> prices = pricesOf(order, schedules);
      TierEnergies energies = energies(bill.record());
      // money.md §5: the one benefit giving the lowest total, never several
      List<Benefit> candidates = qualifying.get(i);
      Optional<BenefitChoice.Chosen> benefit =
          prices.flatMap(p -> BenefitChoice.best(p, energies, candidates));
      SettledAmounts amounts =
          SettlementRules.settle(
              prices,
              energies,
              bill.record().totalAmount(),
              benefit.map(c -> List.of(c.benefit().discount().adjustment())).orElse(List.of()),
              payer.map(available::get));
      if (payer.isPresent() && !amounts.total().isZero()) {
        postings.add(
            settlementLedger.posting(
                order,
                payer.get(),
                locked.revenue().get(order.getOperatorId()),
                amounts,
                null,
                PLATFORM));
        available.merge(payer.get(), amounts.paid().negated(), Money::plus);
      }
      order.settle(amounts, now);
      benefit.ifPresent(order::benefitApplied);
      if (order.getId() == null) {
        // an offline session's new order, inserted once settled rather than inserted and updated
        em.persist(order);
        order.number();
      }
      if (amounts.billingDifference()) {
        differences.fire(new BillingDifference(order.getPileCode(), order.getOrderNo()));
      }
      settled.fire(new ChargingOrderSettled(order));
    }
    settlementLedger.postAll(postings);
  }

  /**
   * What the benefits of each bill's order depend on (money.md §5): its operator, station, paying
   * driver and the session's start as the record gives it.
   */
  private static List<Benefits.Order> benefitOrders(List<Bill> bills, List<ChargingOrder> orders) {
    List<Benefits.Order> asked = new ArrayList<>(bills.size());
    for (int i = 0; i < bills.size(); i++) {
      ChargingOrder order = orders.get(i);
      LocalDateTime started = bills.get(i).stored().getStartedAt();
      asked.add(
          new Benefits.Order(
              order.getOperatorId(),
              order.getStationId(),
              order.getDriverId(),
              started != null ? started : order.getCreatedAt()));
    }
    return asked;
  }

  /**
   * The prices of an order: the schedule it started with, else its station's now (money.md §4.3),
   * read once per station of a batch.
   */
  private Optional<FeeSchedule> pricesOf(
      ChargingOrder order, Map<Long, Optional<FeeSchedule>> stationSchedules) {
    return order
        .getTariffSnapshot()
        .or(() -> stationSchedules.computeIfAbsent(order.getStationId(), schedules::current));
  }

  /**
   * The pile's record of a session staff settled already: kept on the order and beside the audit
   * with what it would have billed by the same rules; no money moves (money.md §4.1: once).
   */
  private void recordAfterStaffSettlement(
      ChargingOrder order, Bill bill, Optional<FeeSchedule> prices, List<Benefit> candidates) {
    TierEnergies energies = energies(bill.record());
    SettledAmounts billed =
        SettlementRules.settle(
            prices,
            energies,
            bill.record().totalAmount(),
            prices
                .flatMap(p -> BenefitChoice.best(p, energies, candidates))
                .map(c -> List.of(c.benefit().discount().adjustment()))
                .orElse(List.of()),
            Optional.empty());
    order.recordAfterStaffSettlement(bill.stored());
    StaffSettlement audit =
        ScopedQuery.in(Scope.operator(order.getOperatorId()), em)
            .from(StaffSettlement.class, "s")
            .where("s.orderId = :order")
            .select("s", StaffSettlement.class)
            .setParameter("order", order.getId())
            .getSingleResult();
    audit.recordArrived(bill.stored().getId(), billed.energy(), billed.total());
    if (audit.differsFromRecord()) {
      LOG.warning(
          () ->
              "the record of order "
                  + order.getOrderNo()
                  + " came after staff settled it and bills "
                  + billed.total()
                  + " for "
                  + billed.energy()
                  + " kWh, staff settled "
                  + order.getTotalAmount()
                  + " for "
                  + order.getEnergy()
                  + " kWh; no money moves");
    }
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
        pileRecords()
            .where("o.transactionSerial in :serials")
            .select("o.id, o.pileCode, o.transactionSerial", Object[].class)
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
      pileRecords()
          .where("o.id in :ids")
          .orderBy("o.id")
          .select("o", ChargingOrder.class)
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

  /**
   * A new order for a session the platform never started; persisted by the caller once settled. A
   * record naming an IC card of the pile's operator is paid by that card (money.md §3: offline
   * charging on the pile's card list settles from the card), whatever its status now: the pile
   * charged while it could not ask.
   */
  private ChargingOrder offlineOrder(Bill bill, Map<PileCode, Pile> registered, LocalDateTime now) {
    PileTransactionRecord stored = bill.stored();
    Pile pile = registered.get(stored.getPileCode());
    ChargingOrder order =
        ChargingOrder.ofOfflineRecord(
            pile.operatorId(),
            pile.getStation().getId(),
            stored,
            ChargingType.of(stored.getTransactionType()),
            now);
    PhysicalCardNumber card = bill.record().physicalCard();
    if (!card.isNone()) {
      cards
          .byPhysicalNumber(card)
          .filter(c -> c.getOperatorId() == pile.operatorId())
          .ifPresent(c -> order.paidByCard(c.getDriverId(), c.getAccountId()));
    }
    return order;
  }

  private static String sessionKey(PileTransactionRecord stored) {
    return sessionKey(stored.getPileCode(), stored.getTransactionSerial());
  }

  private static String sessionKey(PileCode pile, TransactionSerial serial) {
    return pile.value() + ":" + serial;
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

  /** Orders of any operator: the piles' records settle whichever operator's order they bill. */
  private ScopedQuery pileRecords() {
    return ScopedQuery.in(Scope.platform(), em).from(ChargingOrder.class, "o");
  }
}
