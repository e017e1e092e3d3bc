package cn.evpark.parking;

import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.OccupancyDeposits;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.tariff.OccupancyFee;
import cn.evpark.tariff.OccupancyKind;
import cn.evpark.tariff.OccupancyTerms;
import cn.evpark.tariff.PricingEngine;
import cn.evpark.tariff.StationTariffService;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles a stay whose car has left ({@code parking.md §3}), once, in the caller's transaction (the
 * caller holds the stay's row lock):
 *
 * <ul>
 *   <li>with a charging session the minutes count from the end of charging, without one from the
 *       entry; {@link PricingEngine#occupancyFee} prices them by the station's occupancy terms in
 *       effect when the stay settles (none in effect: no fee, the deposit goes back whole);
 *   <li>one ledger transaction (key {@code occupancy:<stay id>}, {@link
 *       TransactionKind#OCCUPANCY_SETTLEMENT}): the deposit leaves the driver's deposit account,
 *       the fee it covers goes to occupancy revenue, the rest back to the account that paid it, and
 *       what it does not cover is owed on the driver's arrears account (欠费, {@code parking.md §5})
 *       and counted as revenue;
 *   <li>with no driver known (a plate nobody or several drivers keep) what is owed stays on the
 *       order only, for staff to collect offline ({@link OccupancyOrders#collectOffline}).
 * </ul>
 */
@Stateless
public class OccupancySettlement {

  @EJB StationTariffService tariffs;
  @EJB OccupancyDeposits deposits;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * Settles {@code stay}, which has its departure.
   *
   * @param session the stay's charging session, ended (its charging end is known)
   * @param by "platform", or the staff account
   */
  public void settle(OccupancyOrder stay, Optional<ChargingOrder> session, String by) {
    LocalDateTime left = stay.getLeftAt().orElseThrow();
    OccupancyKind kind =
        session.isPresent()
            ? OccupancyKind.WITH_CHARGING_ORDER
            : OccupancyKind.WITHOUT_CHARGING_ORDER;
    LocalDateTime from =
        session
            .map(OccupancySettlement::chargingEnd)
            .or(stay::getEnteredAt)
            .filter(f -> !f.isAfter(left))
            .orElse(left);
    Money deposit = session.flatMap(deposits::available).orElse(Money.ZERO);
    Optional<OccupancyTerms> terms = tariffs.effectiveOccupancyTerms(stay.getStationId());
    OccupancyFee priced =
        terms.isPresent()
            ? PricingEngine.occupancyFee(terms.get(), kind, from, left, deposit.yuan())
            : noFee(kind, from, left, deposit);
    stay.settle(priced, from, BusinessCalendar.toStored(clock.instant()), by);
    post(stay, session, priced);
  }

  /** When the session's charging ended: the pile's record's end, else its settlement. */
  static LocalDateTime chargingEnd(ChargingOrder session) {
    return Optional.ofNullable(session.getEndedAt()).orElseGet(session::getSettledAt);
  }

  private static OccupancyFee noFee(
      OccupancyKind kind, LocalDateTime from, LocalDateTime left, Money deposit) {
    BigDecimal zero = Money.ZERO.yuan();
    long minutes = Duration.between(from, left).toMinutes();
    return new OccupancyFee(
        kind, minutes, minutes, 0, zero, deposit.yuan(), zero, deposit.yuan(), zero);
  }

  private void post(OccupancyOrder stay, Optional<ChargingOrder> session, OccupancyFee priced) {
    long operatorId = stay.getOperatorId();
    Money deposit = new Money(priced.deposit());
    Money refund = new Money(priced.refund());
    Money deducted = new Money(priced.deducted());
    Money owed = new Money(priced.arrears());
    Optional<Long> driver = stay.getDriverId();
    List<Posting.Leg> legs = new ArrayList<>();
    if (deposit.isPositive()) {
      ChargingOrder paid = session.orElseThrow();
      legs.add(
          new Posting.Leg(
              accounts.occupancyDeposit(operatorId, paid.getDriverId().orElseThrow()).getId(),
              deposit.negated()));
      if (refund.isPositive()) {
        legs.add(new Posting.Leg(paid.getAccountId().orElseThrow(), refund));
      }
    }
    Money revenue = deducted;
    if (owed.isPositive() && driver.isPresent()) {
      legs.add(new Posting.Leg(accounts.arrears(operatorId, driver.get()).getId(), owed.negated()));
      revenue = revenue.plus(owed);
    }
    if (revenue.isPositive()) {
      legs.add(
          new Posting.Leg(
              accounts.operatorAccount(operatorId, AccountKind.OCCUPANCY_REVENUE).getId(),
              revenue));
    }
    if (legs.isEmpty()) {
      return;
    }
    ledger.post(
        new Posting(
            "occupancy:" + stay.getId(),
            TransactionKind.OCCUPANCY_SETTLEMENT,
            operatorId,
            null,
            "platform",
            legs));
  }
}
