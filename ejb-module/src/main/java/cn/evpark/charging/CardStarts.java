package cn.evpark.charging;

import cn.evpark.card.CardKind;
import cn.evpark.card.Cards;
import cn.evpark.card.ChargingCard;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.Wallets;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.StartMethod;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Answers a card swipe at a pile (0x31 by card → 0x32, ykc-protocol.md §7.1–7.2, money.md §3): an
 * IC card known for that pile's station, enabled, whose driver owes the operator nothing, not
 * paying another session, with at least the pile's 启动充电最低金额 (and more than zero), is authorised
 * with a new transaction serial and its balance, and its order starts {@code CHARGING}, paid by the
 * card. Otherwise the reply refuses with the §10.4 reason:
 *
 * <ul>
 *   <li>0x05 pile disabled: the pile is not registered or not in operation;
 *   <li>0x01 account does not exist: no IC card has that physical number;
 *   <li>0x06 may not charge at this pile: the card is another station's;
 *   <li>0x02 account frozen: 停用 or 挂失;
 *   <li>0x04 card has an unsettled record: the driver has arrears at the operator (money.md §4.7:
 *       no start until paid; §10.4 has no code for arrears, and unpaid bills are what 0x04 names),
 *       or the card pays a session under way;
 *   <li>0x03 insufficient balance.
 * </ul>
 *
 * Starts by VIN are answered by {@link VinStarts}, by account and password refused by {@link
 * PileStartRequests}. The reply goes out after this transaction commits, so a pile never charges
 * for an order that does not exist.
 */
@Stateless
public class CardStarts {

  private static final Logger LOG = Logger.getLogger(CardStarts.class.getName());

  private static final EnumSet<OrderState> OPEN =
      EnumSet.of(OrderState.STARTING, OrderState.CHARGING, OrderState.STOPPING);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB PileService piles;
  @EJB Cards cards;
  @EJB Ledger ledger;
  @EJB Wallets wallets;
  @EJB StationSchedules schedules;
  @EJB VinStarts vinStarts;

  /** The 0x32 for {@code request}: a card start authorised or refused. */
  public CardStartReply answer(CardStartRequest request) {
    if (request.startMethod().is(StartMethod.VIN)) {
      return vinStarts.answer(request);
    }
    if (!request.startMethod().is(StartMethod.CARD)) {
      return PileStartRequests.answer(request);
    }
    Optional<Pile> pile = piles.findForCharging(request.pileCode());
    if (pile.isEmpty() || !pile.get().mayStartCharging()) {
      return refused(request, AuthFailureReason.PILE_DISABLED);
    }
    Optional<ChargingCard> found =
        cards.byPhysicalNumber(request.card()).filter(c -> c.getKind() == CardKind.IC_CARD);
    if (found.isEmpty()) {
      return refused(request, AuthFailureReason.ACCOUNT_NOT_FOUND);
    }
    ChargingCard card = found.get();
    long operatorId = pile.get().operatorId();
    long stationId = pile.get().getStation().getId();
    if (card.getOperatorId() != operatorId || card.getStationId() != stationId) {
      return refused(request, AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE);
    }
    if (!card.isEnabled()) {
      return refused(request, AuthFailureReason.ACCOUNT_FROZEN);
    }
    if (wallets.arrears(operatorId, card.getDriverId()).isPositive()) {
      return refused(request, AuthFailureReason.CARD_HAS_UNSETTLED_RECORD);
    }
    // one swipe of a card at a time: the open-session check and the balance read under its lock
    Money balance = ledger.lock(List.of(card.getAccountId())).get(card.getAccountId()).getBalance();
    if (paysOpenSession(card.getAccountId())) {
      return refused(request, AuthFailureReason.CARD_HAS_UNSETTLED_RECORD);
    }
    Money minimum = new Money(pile.get().getMinStartAmount());
    if (balance.isZero() || balance.compareTo(minimum) < 0) {
      return refused(request, AuthFailureReason.INSUFFICIENT_BALANCE);
    }
    ChargingOrder order =
        ChargingOrder.authorisedAtPile(
            ChargingType.IC_CARD,
            operatorId,
            stationId,
            request.pileCode(),
            request.gun(),
            card.getDriverId(),
            card.getAccountId(),
            balance,
            schedules.current(stationId),
            BusinessCalendar.toStored(clock.instant()));
    em.persist(order);
    order.number();
    em.flush();
    LOG.info(
        () ->
            "card "
                + card.logicalNumber()
                + " authorised at "
                + request.pileCode()
                + " gun "
                + request.gun()
                + ": order "
                + order.getOrderNo());
    return new CardStartReply(
        order.getTransactionSerial(),
        request.pileCode(),
        request.gun(),
        card.logicalNumber(),
        balance.yuan(),
        true,
        AuthFailureReason.NONE);
  }

  /** Whether the account pays a session under way (starting, charging, stopping). */
  boolean paysOpenSession(long accountId) {
    return ScopedQuery.in(Scope.platform(), em)
            .from(ChargingOrder.class, "o")
            .where("o.accountId = :account and o.state in :open")
            .select("count(o)", Long.class)
            .setParameter("account", accountId)
            .setParameter("open", OPEN)
            .getSingleResult()
        > 0;
  }

  /** The 0x32 refusing {@code request} for {@code reason}: no session, zeros, balance 0.00. */
  static CardStartReply refused(CardStartRequest request, AuthFailureReason reason) {
    return new CardStartReply(
        TransactionSerial.NONE,
        request.pileCode(),
        request.gun(),
        LogicalCardNumber.NONE,
        BigDecimal.ZERO.setScale(2),
        false,
        reason);
  }
}
