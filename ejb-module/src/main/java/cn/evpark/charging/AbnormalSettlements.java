package cn.evpark.charging;

import cn.evpark.benefit.Benefit;
import cn.evpark.benefit.BenefitChoice;
import cn.evpark.benefit.Benefits;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.operator.StaffAccount;
import cn.evpark.pile.GunSamples;
import cn.evpark.pile.SessionProgress;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.PriceAdjustment;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.tariff.TierEnergies;
import cn.evpark.wallet.LedgerAccount;
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
import java.util.List;
import java.util.Optional;

/**
 * Staff settle an abnormal order from the session's last real-time data (money.md §3: "shown to
 * staff, never guessed; staff may settle it from the last real-time data with a reason, audited").
 *
 * <p>The figures are the session's 0x13 frames: the highest energy reported, split by rate type by
 * the frames' times ({@link RealTimeEnergies}), and the pile's running amount of the last frame in
 * place of a record's total. They are priced exactly as a record is ({@link SettlementRules}, at
 * the order's prices, money.md §4.3–§4.7) and the money moves as a record's settlement does ({@link
 * SettlementLedger}, under the key a record of the session would have), so a record arriving later
 * bills nothing twice ({@link Settlement}). Who, when, why and the figures are kept ({@link
 * StaffSettlement}).
 *
 * <p>Idempotent on the staff client's request id (per operator): a repeat answers the settlement as
 * it stands and moves nothing; another request for an order settled already is refused by the order
 * ({@link IllegalOrderTransitionException}). Within the caller's operator only; a read-only account
 * may look at the figures but not settle.
 */
@Stateless
public class AbnormalSettlements {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<BillingDifference> differences;
  @Inject Event<ChargingOrderSettled> settled;
  @EJB CallerScope callers;
  @EJB GunSamples samples;
  @EJB StationSchedules schedules;
  @EJB SettlementLedger settlementLedger;
  @EJB ChargingOrderSearch search;
  @EJB Benefits benefits;

  /**
   * A staff settlement as it stands.
   *
   * @param details the order with its ledger lines and the audit
   * @param settledNow true when this request settled it, false for a repeat of its request id
   */
  public record Settled(OrderDetails details, boolean settledNow) {}

  /**
   * What settling the abnormal order would use and come to now, the paying account's balance read
   * without a lock (the settlement reads it again under its lock).
   *
   * @throws NotFoundException when there is no such order, or it is another operator's
   * @throws IllegalOrderTransitionException when the order is not abnormal
   * @throws NoRealTimeDataException when the session reported no real-time data
   */
  public StaffSettlementFigures figures(String orderNo) {
    ChargingOrder order = visible(callers.current(), orderNo);
    order.requireAbnormal();
    Optional<Money> balance =
        order.getAccountId().map(id -> em.find(LedgerAccount.class, id).getBalance());
    return figures(order, framesOf(order), balance);
  }

  /**
   * Settles the abnormal order from its real-time data, as the caller (money.md §3).
   *
   * @param reason why, 1 to {@value StaffSettlement#REASON_MAX} characters
   * @param requestId the staff client's id of this request, 1 to {@value
   *     StaffSettlement#REQUEST_ID_MAX} characters; a repeat changes nothing
   * @throws RuleViolationException when the reason or the request id is missing or too long
   * @throws NotFoundException when there is no such order, or it is another operator's
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   * @throws SettlementRequestReusedException when the request id settled another order
   * @throws IllegalOrderTransitionException when the order is not abnormal (a new request for an
   *     order settled already included)
   * @throws NoRealTimeDataException when the session reported no real-time data
   */
  public Settled settle(String orderNo, String reason, String requestId) {
    Scope scope = callers.forChange();
    checkInput(reason, requestId);
    ChargingOrder order = locked(visible(scope, orderNo));
    Optional<StaffSettlement> earlier = byRequest(order.getOperatorId(), requestId);
    if (earlier.isPresent()) {
      if (earlier.get().getOrderId() != order.getId()) {
        throw new SettlementRequestReusedException(requestId);
      }
      return new Settled(search.details(orderNo), false);
    }
    order.requireAbnormal();
    List<SessionProgress> frames = framesOf(order);
    String staff = callers.account().map(StaffAccount::getUsername).orElse("platform");
    SettlementLedger.Locked locked = settlementLedger.lock(List.of(order));
    Optional<Long> payer = order.getAccountId();
    StaffSettlementFigures figures = figures(order, frames, payer.map(locked.balances()::get));
    SettledAmounts amounts = figures.amounts();
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    order.settleByStaff(amounts, figures.pileAmount(), figures.lastFrameAt(), now);
    benefitOf(order, pricesOf(order), figures.energies(), startOf(order, frames))
        .ifPresent(order::benefitApplied);
    if (payer.isPresent() && !amounts.total().isZero()) {
      settlementLedger.postAll(
          List.of(
              settlementLedger.posting(
                  order,
                  payer.get(),
                  locked.revenue().get(order.getOperatorId()),
                  amounts,
                  reason.strip(),
                  staff)));
    }
    em.persist(
        new StaffSettlement(
            order.getId(),
            order.getOperatorId(),
            requestId,
            staff,
            reason,
            now,
            figures.frames(),
            figures.firstFrameAt(),
            figures.lastFrameAt(),
            amounts.energy(),
            figures.pileAmount(),
            amounts.total()));
    if (amounts.billingDifference()) {
      differences.fire(new BillingDifference(order.getPileCode(), order.getOrderNo()));
    }
    settled.fire(new ChargingOrderSettled(order));
    em.flush();
    return new Settled(search.details(orderNo), true);
  }

  private StaffSettlementFigures figures(
      ChargingOrder order, List<SessionProgress> frames, Optional<Money> payerBalance) {
    Optional<FeeSchedule> prices = pricesOf(order);
    SessionProgress first = frames.get(0);
    SessionProgress last = frames.get(frames.size() - 1);
    LocalDateTime startedAt = startOf(order, frames);
    TierEnergies energies = RealTimeEnergies.of(prices, startedAt, frames);
    List<PriceAdjustment> benefit =
        benefitOf(order, prices, energies, startedAt)
            .map(c -> List.of(c.benefit().discount().adjustment()))
            .orElse(List.of());
    SettledAmounts amounts =
        SettlementRules.settle(prices, energies, last.amount(), benefit, payerBalance);
    return new StaffSettlementFigures(
        frames.size(), first.reportedAt(), last.reportedAt(), energies, last.amount(), amounts);
  }

  private Optional<FeeSchedule> pricesOf(ChargingOrder order) {
    return order.getTariffSnapshot().or(() -> schedules.current(order.getStationId()));
  }

  private static LocalDateTime startOf(ChargingOrder order, List<SessionProgress> frames) {
    return order.getStartedAt() != null ? order.getStartedAt() : frames.get(0).reportedAt();
  }

  /** The order's one best benefit (money.md §5), as a record's settlement gives it. */
  private Optional<BenefitChoice.Chosen> benefitOf(
      ChargingOrder order,
      Optional<FeeSchedule> prices,
      TierEnergies energies,
      LocalDateTime startedAt) {
    List<Benefit> candidates =
        benefits
            .qualifying(
                List.of(
                    new Benefits.Order(
                        order.getOperatorId(),
                        order.getStationId(),
                        order.getDriverId(),
                        startedAt)))
            .get(0);
    return prices.flatMap(p -> BenefitChoice.best(p, energies, candidates));
  }

  private List<SessionProgress> framesOf(ChargingOrder order) {
    List<SessionProgress> frames =
        samples.session(order.getPileCode(), order.getTransactionSerial());
    if (frames.isEmpty()) {
      throw new NoRealTimeDataException(order.getOrderNo());
    }
    return frames;
  }

  private static void checkInput(String reason, String requestId) {
    List<RuleViolation> broken = new ArrayList<>();
    if (!StaffSettlement.isValidReason(reason)) {
      broken.add(
          new RuleViolation(
              "reason",
              "charging.staffSettlement.reason",
              List.of(String.valueOf(StaffSettlement.REASON_MAX)),
              "a reason of 1 to " + StaffSettlement.REASON_MAX + " characters is required"));
    }
    if (!StaffSettlement.isValidRequestId(requestId)) {
      broken.add(
          new RuleViolation(
              "requestId",
              "charging.staffSettlement.requestId",
              List.of(String.valueOf(StaffSettlement.REQUEST_ID_MAX)),
              "a request id of 1 to "
                  + StaffSettlement.REQUEST_ID_MAX
                  + " characters is required"));
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException("charging.staffSettlement.invalid", broken);
    }
  }

  private ChargingOrder visible(Scope scope, String orderNo) {
    return ScopedQuery.in(scope, em)
        .from(ChargingOrder.class, "o")
        .where("o.orderNo = :no")
        .select("o", ChargingOrder.class)
        .setParameter("no", orderNo)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("charging.order.notFound", "no order " + orderNo));
  }

  /**
   * The order again, its row locked and read afresh: staff and a record settle it one at a time.
   */
  private ChargingOrder locked(ChargingOrder order) {
    em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
    return order;
  }

  private Optional<StaffSettlement> byRequest(long operatorId, String requestId) {
    return ScopedQuery.in(Scope.operator(operatorId), em)
        .from(StaffSettlement.class, "s")
        .where("s.requestId = :request")
        .select("s", StaffSettlement.class)
        .setParameter("request", requestId)
        .getResultStream()
        .findFirst();
  }
}
