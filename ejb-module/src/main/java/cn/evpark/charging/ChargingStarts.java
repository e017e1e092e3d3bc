package cn.evpark.charging;

import cn.evpark.card.CardKind;
import cn.evpark.card.Cards;
import cn.evpark.card.ChargingCard;
import cn.evpark.charging.StartRefusedException.Check;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Wallets;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starting and stopping app and QR sessions (money.md §3): the start checks, the order, and the
 * commands to the pile, sent once the order is committed ({@link PileCommandsAfterCommit}).
 */
@Stateless
public class ChargingStarts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<OrderCommand> commands;
  @EJB PileService piles;
  @EJB PileLiveStates live;
  @EJB LedgerAccounts accounts;
  @EJB Wallets wallets;
  @EJB ChargingOrders orders;
  @EJB StationSchedules schedules;
  @EJB Cards cards;
  @EJB Ledger ledger;
  @EJB OccupancyDeposits deposits;

  /**
   * Starts charging on a gun for a driver, paid by the driver's wallet at the pile's operator.
   * Idempotent on {@code idempotencyKey}: a repeat returns the order of the first request.
   *
   * @param pileCodeDigits the pile's 14 digits
   * @param idempotencyKey the client's Idempotency-Key, 1 to 64 characters
   * @return the order, {@link OrderState#STARTING} until the pile answers
   * @throws StartRefusedException when a start check fails (which one: {@link
   *     StartRefusedException#check()}); at a station charging occupancy also when the account
   *     cannot hold the deposit besides the minimum ({@code balanceBelowDeposit}, parking.md §3),
   *     which the start then holds ({@link OccupancyDeposits})
   */
  public ChargingOrder start(long driverId, String pileCodeDigits, int gun, String idempotencyKey) {
    return start(driverId, pileCodeDigits, gun, idempotencyKey, Optional.empty());
  }

  /**
   * {@link #start(long, String, int, String)}, paid by one of the driver's e-cards when {@code
   * cardId} names one (money.md §1: an app start is paid by the wallet or an e-card the driver
   * picks): the card must be enabled and the pile's station's, and the start checks of balance are
   * the card's.
   *
   * @param cardId the e-card (电子卡) that pays; empty for the wallet
   * @throws NotFoundException when the driver has no such e-card
   * @throws StartRefusedException also for a stopped card ({@code cardDisabled}) and a card of
   *     another station ({@code cardNotForStation})
   */
  public ChargingOrder start(
      long driverId, String pileCodeDigits, int gun, String idempotencyKey, Optional<Long> cardId) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new IllegalArgumentException("an Idempotency-Key has 1 to 64 characters");
    }
    // One start of a driver at a time: the checks below then see each other's orders, and a
    // repeated key finds the order of the first request.
    if (em.find(Driver.class, driverId, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new NotFoundException("driver.notFound", "no driver " + driverId);
    }
    String startKey = "driver:" + driverId + ":" + idempotencyKey;
    Optional<ChargingOrder> repeat = orders.byStartKey(startKey);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    PileCode pileCode =
        PileCodes.parse(pileCodeDigits)
            .orElseThrow(() -> refused(Check.pileUnknown, "no pile " + pileCodeDigits));
    Pile pile =
        piles
            .findForCharging(pileCode)
            .orElseThrow(() -> refused(Check.pileUnknown, "no pile " + pileCode));
    if (!pile.mayStartCharging()) {
      throw refused(Check.pileDisabled, "pile " + pileCode + " is disabled");
    }
    PileLiveState state =
        live.of(pileCode)
            .filter(PileLiveState::online)
            .orElseThrow(() -> refused(Check.pileOffline, "pile " + pileCode + " is offline"));
    if (gun < 1 || gun > pile.getGunCount()) {
      throw refused(Check.gunUnknown, "pile " + pileCode + " has no gun " + gun);
    }
    GunState gunState = state.gun(gun);
    if (gunState == GunState.IDLE) {
      throw refused(Check.gunNotPlugged, "gun " + gun + " is not plugged into a car");
    }
    if (gunState != GunState.PLUGGED) {
      throw refused(Check.gunBusy, "gun " + gun + " is " + gunState);
    }
    long operatorId = pile.operatorId();
    if (wallets.arrears(operatorId, driverId).isPositive()) {
      throw refused(Check.arrears, "the driver owes " + wallets.arrears(operatorId, driverId));
    }
    if (orders.openOf(driverId).isPresent()) {
      throw refused(Check.otherOrderOpen, "the driver has a session under way");
    }
    LedgerAccount wallet = payer(driverId, operatorId, pile.getStation().getId(), cardId);
    Money balance = wallet.getBalance();
    Money minimum = new Money(pile.getMinStartAmount());
    if (balance.compareTo(minimum) < 0 || balance.isZero()) {
      throw refused(
          Check.balanceBelowMinimum, "balance " + balance + " is below the minimum " + minimum);
    }
    Optional<Money> deposit = deposits.required(pile.getStation().getId());
    if (deposit.isPresent() && balance.compareTo(deposit.get().plus(minimum)) < 0) {
      throw refused(
          Check.balanceBelowDeposit,
          "balance "
              + balance
              + " is below the occupancy deposit "
              + deposit.get()
              + " plus the"
              + " minimum "
              + minimum);
    }
    // the pile is told what the session may spend: the balance less the deposit held
    Money spendable = deposit.map(balance::minus).orElse(balance);
    ChargingOrder order =
        ChargingOrder.appStart(
            operatorId,
            pile.getStation().getId(),
            pileCode,
            gun,
            driverId,
            wallet.getId(),
            spendable,
            schedules.current(pile.getStation().getId()),
            startKey,
            BusinessCalendar.toStored(clock.instant()));
    em.persist(order);
    order.number();
    em.flush();
    deposit.ifPresent(d -> deposits.hold(order, d));
    commands.fire(OrderCommand.start(order));
    return order;
  }

  /**
   * Stops the driver's session (0x36 after commit); the order is settled when the pile's record
   * comes.
   *
   * @throws NotFoundException when the driver has no such order
   * @throws IllegalOrderTransitionException unless the order is charging
   */
  public ChargingOrder stop(long driverId, String orderNo) {
    ChargingOrder order = orders.ofDriver(driverId, orderNo);
    order.stopRequested();
    commands.fire(OrderCommand.stop(order));
    return order;
  }

  /** The paying account: the driver's wallet at the operator, or the e-card picked, locked. */
  private LedgerAccount payer(
      long driverId, long operatorId, long stationId, Optional<Long> cardId) {
    if (cardId.isEmpty()) {
      return accounts.wallet(operatorId, driverId);
    }
    ChargingCard card =
        cards
            .byId(cardId.get())
            .filter(c -> c.getDriverId() == driverId && c.getKind() == CardKind.E_CARD)
            .filter(c -> c.getOperatorId() == operatorId)
            .orElseThrow(() -> new NotFoundException("card.notFound", "no card " + cardId.get()));
    if (!card.isEnabled()) {
      throw refused(Check.cardDisabled, "card " + card.getId() + " is " + card.getStatus());
    }
    if (card.getStationId() != stationId) {
      throw refused(Check.cardNotForStation, "card " + card.getId() + " is another station's");
    }
    return ledger.lock(List.of(card.getAccountId())).get(card.getAccountId());
  }

  private static StartRefusedException refused(Check check, String message) {
    return new StartRefusedException(check, message);
  }
}
