package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.operator.StaffAccount;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 占位订单 for staff (manual 5.4, {@code parking.md §3}): the stays in the caller's scope, filtered,
 * and what staff do with them: record money collected offline (线下收取金额) towards what a stay left
 * owed, and settle a stay whose departure no camera reported with the time they saw the car go.
 * Drivers read their own stays ({@link #ofDriver}).
 */
@Stateless
public class OccupancyOrders {

  /** The longest staff request id. */
  public static final int REQUEST_ID_MAX = 64;

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB OccupancyRows rows;
  @EJB Occupancies occupancies;
  @EJB Wallets wallets;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /** A page of rows and how many match in all. */
  public record Page(List<OccupancyRow> rows, long total) {}

  /** One page of the matching stays, the latest opened first. */
  public Page search(PlateFilter filter, int first, int size) {
    Scope scope = callers.current();
    TypedQuery<Long> count = filter.bind(matching(scope, filter).select("count(s)", Long.class));
    TypedQuery<OccupancyOrder> query =
        filter.bind(
            matching(scope, filter)
                .orderBy("s.openedAt desc, s.id desc")
                .select("s", OccupancyOrder.class));
    List<OccupancyOrder> found = query.setFirstResult(first).setMaxResults(size).getResultList();
    return new Page(rows.of(found, scope), count.getSingleResult());
  }

  /** The driver's stays, the latest opened first, {@code size} from {@code first}. */
  public List<OccupancyRow> ofDriver(long driverId, int first, int size) {
    List<OccupancyOrder> found =
        ScopedQuery.in(Scope.platform(), em)
            .from(OccupancyOrder.class, "s")
            .where("s.driverId = :driver")
            .orderBy("s.openedAt desc, s.id desc")
            .select("s", OccupancyOrder.class)
            .setParameter("driver", driverId)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return rows.of(found, Scope.platform());
  }

  /**
   * One stay.
   *
   * @throws NotFoundException {@code parking.occupancy.notFound} when it is not in the caller's
   *     scope
   */
  public OccupancyRow get(String orderNo) {
    return rows.of(List.of(visible(callers.current(), orderNo)), callers.current()).get(0);
  }

  /**
   * Records {@code amount} collected offline towards what the stay left owed (线下收取金额): cash
   * clearing against the driver's arrears (which settles the driver's oldest arrears first, as
   * every payment does), or, for a stay no driver owes, against occupancy revenue. Idempotent on
   * {@code requestId}: a repeat for the same stay changes nothing.
   *
   * @param amount yuan, more than zero, whole fen, at most what is still owed of the stay (and at
   *     most what the driver owes the operator)
   * @throws RuleViolationException {@code parking.occupancy.offline.invalid}: the amount ({@code
   *     parking.occupancy.offline.amount}, {@code parking.occupancy.offline.tooMuch}) or the
   *     request id is wrong
   * @throws OccupancyStateException {@code parking.occupancy.notSettled} before the stay settled
   * @throws NotFoundException when it is not in the caller's scope
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public OccupancyRow collectOffline(String orderNo, BigDecimal amount, String requestId) {
    Scope scope = callers.forChange();
    OccupancyOrder stay =
        em.find(
            OccupancyOrder.class, visible(scope, orderNo).getId(), LockModeType.PESSIMISTIC_WRITE);
    String key = "occupancy-offline:" + stay.getId() + ":" + requestId;
    if (requestId == null || requestId.isBlank() || requestId.length() > REQUEST_ID_MAX) {
      throw invalid(
          "requestId",
          "parking.occupancy.offline.requestId",
          "a request id has 1 to " + REQUEST_ID_MAX + " characters");
    }
    if (ledger.find(key).isPresent()) {
      return rows.of(List.of(stay), scope).get(0);
    }
    if (stay.getState().isOpen()) {
      throw new OccupancyStateException(
          "parking.occupancy.notSettled", "stay " + orderNo + " has not settled yet", orderNo);
    }
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw invalid(
          "amount", "parking.occupancy.offline.amount", "an amount is more than 0 in whole fen");
    }
    Money collected = new Money(amount);
    Money most =
        stay.getDriverId()
            .map(d -> min(stay.uncollected(), wallets.arrears(stay.getOperatorId(), d)))
            .orElse(stay.uncollected());
    if (collected.compareTo(most) > 0) {
      throw new RuleViolationException(
          "parking.occupancy.offline.invalid",
          List.of(
              new RuleViolation(
                  "amount",
                  "parking.occupancy.offline.tooMuch",
                  List.of(most.yuan().toPlainString()),
                  "at most " + most + " is still owed")));
    }
    long operatorId = stay.getOperatorId();
    long towards =
        stay.getDriverId()
            .map(d -> accounts.arrears(operatorId, d).getId())
            .orElseGet(
                () -> accounts.operatorAccount(operatorId, AccountKind.OCCUPANCY_REVENUE).getId());
    ledger.post(
        new Posting(
            key,
            TransactionKind.OCCUPANCY_OFFLINE_COLLECTION,
            operatorId,
            "线下收取 " + stay.getOrderNo(),
            staff(),
            List.of(
                new Posting.Leg(
                    accounts.operatorAccount(operatorId, AccountKind.CASH_CLEARING).getId(),
                    collected.negated()),
                new Posting.Leg(towards, collected))));
    stay.collectedOffline(collected);
    return rows.of(List.of(stay), scope).get(0);
  }

  /**
   * Settles a stay whose departure no camera reported (or that waits for staff) with the time staff
   * saw the car go ({@code parking.md §3}: nothing is guessed, a person says when).
   *
   * @param leftAt Asia/Shanghai, not before the entry, not in the future
   * @throws RuleViolationException {@code parking.occupancy.departure.invalid} for a time out of
   *     that range
   * @throws OccupancyStateException {@code parking.occupancy.departed} when its departure is known
   *     already
   * @throws NotFoundException when it is not in the caller's scope
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public OccupancyRow settleDeparture(String orderNo, LocalDateTime leftAt) {
    Scope scope = callers.forChange();
    OccupancyOrder stay =
        em.find(
            OccupancyOrder.class, visible(scope, orderNo).getId(), LockModeType.PESSIMISTIC_WRITE);
    if (stay.getState() != OccupancyState.OCCUPYING
        && stay.getState() != OccupancyState.WAITING_FOR_STAFF) {
      throw new OccupancyStateException(
          "parking.occupancy.departed", "stay " + orderNo + " has its departure already", orderNo);
    }
    LocalDateTime at = leftAt == null ? null : BusinessCalendar.fromLocal(leftAt);
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    LocalDateTime earliest =
        stay.getEnteredAt()
            .or(
                () ->
                    stay.getChargingOrderId()
                        .map(id -> em.find(ChargingOrder.class, id))
                        .map(OccupancySettlement::chargingEnd))
            .orElse(null);
    if (at == null || at.isAfter(now) || (earliest != null && at.isBefore(earliest))) {
      throw new RuleViolationException(
          "parking.occupancy.departure.invalid",
          List.of(
              new RuleViolation(
                  "leftAt",
                  "parking.occupancy.departure.range",
                  List.of(earliest == null ? "" : BusinessCalendar.display(earliest)),
                  "the departure is after the entry (or the end of charging) and not in the"
                      + " future")));
    }
    occupancies.depart(stay, null, at, staff());
    return rows.of(List.of(stay), scope).get(0);
  }

  private OccupancyOrder visible(Scope scope, String orderNo) {
    return ScopedQuery.in(scope, em)
        .from(OccupancyOrder.class, "s")
        .where("s.orderNo = :no")
        .select("s", OccupancyOrder.class)
        .setParameter("no", orderNo == null ? "" : orderNo)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("parking.occupancy.notFound", "no stay " + orderNo));
  }

  private ScopedQuery matching(Scope scope, PlateFilter filter) {
    return filter.applyTo(
        ScopedQuery.in(scope, em).from(OccupancyOrder.class, "s"), "s", "s.openedAt");
  }

  private String staff() {
    return callers.account().map(StaffAccount::getUsername).orElse("platform");
  }

  private static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static RuleViolationException invalid(String field, String code, String message) {
    return new RuleViolationException(
        "parking.occupancy.offline.invalid",
        List.of(new RuleViolation(field, code, List.of(), message)));
  }
}
