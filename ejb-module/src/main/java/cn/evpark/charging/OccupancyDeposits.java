package cn.evpark.charging;

import cn.evpark.shared.Money;
import cn.evpark.tariff.OccupancyTerms;
import cn.evpark.tariff.StationTariffService;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The occupancy deposits (预付占位押金, {@code parking.md §3}) of app starts: held from the paying
 * account when a session starts at a station whose occupancy fee is in effect, onto the driver's
 * {@code OCCUPANCY_DEPOSIT} account, where the money is neither spendable nor revenue. The hold is
 * announced ({@link OccupancyDepositHeld}) in the same transaction, so the stay it belongs to is
 * kept with it; that stay takes it when it settles ({@code parking.OccupancySettlement}, ledger key
 * {@code occupancy:<stay id>}). A start that fails gives it back whole here, once.
 *
 * <p>Ledger keys: {@code occupancy-deposit:<order id>} for the hold, {@code
 * occupancy-deposit-release:<order id>} for the release.
 */
@Stateless
public class OccupancyDeposits {

  @EJB StationTariffService tariffs;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;
  @Inject Event<OccupancyDepositHeld> depositsHeld;
  @Inject Event<OccupancyDepositReleased> depositsReleased;

  /** What a start at the station must hold, yuan; empty when no occupancy fee is in effect. */
  public Optional<Money> required(long stationId) {
    return tariffs
        .effectiveOccupancyTerms(stationId)
        .map(OccupancyTerms::deposit)
        .map(Money::new)
        .filter(Money::isPositive);
  }

  /**
   * Holds {@code deposit} from the order's paying account, in the caller's transaction.
   *
   * @param order an app start, persisted (its id makes the key)
   * @throws cn.evpark.wallet.InsufficientBalanceException when the account holds less (the caller
   *     checked it under the account's lock, so this is a fault)
   */
  public void hold(ChargingOrder order, Money deposit) {
    long driverId = order.getDriverId().orElseThrow();
    LedgerAccount held = accounts.occupancyDeposit(order.getOperatorId(), driverId);
    ledger.post(
        new Posting(
            "occupancy-deposit:" + order.getId(),
            TransactionKind.OCCUPANCY_DEPOSIT,
            order.getOperatorId(),
            null,
            "platform",
            List.of(
                new Posting.Leg(order.getAccountId().orElseThrow(), deposit.negated()),
                new Posting.Leg(held.getId(), deposit))));
    order.occupancyDepositHeld(deposit);
    depositsHeld.fire(new OccupancyDepositHeld(order.getId()));
  }

  /** Gives the deposit of a start that failed back to its paying account, once. */
  public void releaseAfterFailedStart(ChargingOrder order) {
    Optional<Money> deposit = order.getOccupancyDeposit();
    if (deposit.isEmpty() || order.getState() != OrderState.START_FAILED) {
      return;
    }
    LedgerAccount held =
        accounts.occupancyDeposit(order.getOperatorId(), order.getDriverId().orElseThrow());
    ledger.post(
        new Posting(
            releaseKey(order.getId()),
            TransactionKind.OCCUPANCY_DEPOSIT_RELEASE,
            order.getOperatorId(),
            null,
            "platform",
            List.of(
                new Posting.Leg(held.getId(), deposit.get().negated()),
                new Posting.Leg(order.getAccountId().orElseThrow(), deposit.get()))));
    depositsReleased.fire(new OccupancyDepositReleased(order.getId()));
  }

  /**
   * The deposit a stay may still take from an order: what was held, unless the start failed and it
   * went back; empty when none.
   */
  public Optional<Money> available(ChargingOrder order) {
    return order
        .getOccupancyDeposit()
        .filter(d -> ledger.find(releaseKey(order.getId())).isEmpty());
  }

  private static String releaseKey(long orderId) {
    return "occupancy-deposit-release:" + orderId;
  }
}
