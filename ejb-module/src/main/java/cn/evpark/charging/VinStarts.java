package cn.evpark.charging;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Vehicle;
import cn.evpark.wallet.Vehicles;
import cn.evpark.wallet.Wallets;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Answers a VIN start at a pile ("plug and charge", 0x31 method 0x03 → 0x32, ykc-protocol.md
 * §7.1–7.2, money.md §3). The pile sends the VIN byte-reversed (§3, "反序上送"); the decoder gives it
 * back in its normal order, which is how drivers bind it ({@link Vehicles}). A VIN bound to a
 * driver who owes the operator nothing, has no session under way and whose wallet at the pile's
 * operator holds at least the pile's 启动充电最低金额 (and more than zero) is authorised with a new serial
 * and the wallet's balance; its order, type VIN, starts {@code CHARGING}, paid by the wallet.
 * Otherwise the reply refuses: 0x05 pile disabled, 0x09 VIN not known, 0x04 arrears or a session
 * under way (as for cards, {@link CardStarts}), 0x03 insufficient balance.
 */
@Stateless
public class VinStarts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB PileService piles;
  @EJB Vehicles vehicles;
  @EJB Wallets wallets;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;
  @EJB ChargingOrders orders;
  @EJB StationSchedules schedules;

  /** The 0x32 for a VIN start {@code request}. */
  public CardStartReply answer(CardStartRequest request) {
    Optional<Pile> pile = piles.findForCharging(request.pileCode());
    if (pile.isEmpty() || !pile.get().mayStartCharging()) {
      return CardStarts.refused(request, AuthFailureReason.PILE_DISABLED);
    }
    Optional<Vehicle> vehicle = vehicles.byVin(request.vin());
    if (vehicle.isEmpty()) {
      return CardStarts.refused(request, AuthFailureReason.VIN_UNKNOWN);
    }
    long driverId = vehicle.get().getDriverId();
    long operatorId = pile.get().operatorId();
    long stationId = pile.get().getStation().getId();
    if (wallets.arrears(operatorId, driverId).isPositive()) {
      return CardStarts.refused(request, AuthFailureReason.CARD_HAS_UNSETTLED_RECORD);
    }
    long walletId = accounts.wallet(operatorId, driverId).getId();
    // one start of a wallet at a time: the open-session check and the balance under its lock
    Money balance = ledger.lock(List.of(walletId)).get(walletId).getBalance();
    if (orders.openOf(driverId).isPresent()) {
      return CardStarts.refused(request, AuthFailureReason.CARD_HAS_UNSETTLED_RECORD);
    }
    Money minimum = new Money(pile.get().getMinStartAmount());
    if (balance.isZero() || balance.compareTo(minimum) < 0) {
      return CardStarts.refused(request, AuthFailureReason.INSUFFICIENT_BALANCE);
    }
    ChargingOrder order =
        ChargingOrder.authorisedAtPile(
            ChargingType.VIN,
            operatorId,
            stationId,
            request.pileCode(),
            request.gun(),
            driverId,
            walletId,
            balance,
            schedules.current(stationId),
            BusinessCalendar.toStored(clock.instant()));
    em.persist(order);
    order.number();
    em.flush();
    return new CardStartReply(
        order.getTransactionSerial(),
        request.pileCode(),
        request.gun(),
        LogicalCardNumber.NONE,
        balance.yuan(),
        true,
        AuthFailureReason.NONE);
  }
}
