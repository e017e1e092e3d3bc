package cn.evpark.charging;

import cn.evpark.shared.Energy;
import cn.evpark.tariff.TierEnergies;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What a staff settlement of an abnormal order uses and what it comes to (money.md §3): the
 * session's real-time data (0x13) and the price it gives. Shown to staff before they confirm, and
 * kept in the audit ({@link StaffSettlement}).
 *
 * @param frames how many real-time frames the session reported
 * @param firstFrameAt the first one's arrival, UTC
 * @param lastFrameAt the last one's arrival, UTC: the session's end as far as the platform knows
 * @param energies kWh per rate type ({@link RealTimeEnergies}); their total is the highest energy
 *     reported
 * @param pileAmount the pile's running amount in the last frame, yuan at 4 decimals
 * @param amounts the price at the order's prices and how the paying account's balance pays it
 */
public record StaffSettlementFigures(
    int frames,
    LocalDateTime firstFrameAt,
    LocalDateTime lastFrameAt,
    TierEnergies energies,
    BigDecimal pileAmount,
    SettledAmounts amounts) {

  /** The session's energy, kWh. */
  public Energy energy() {
    return energies.total();
  }
}
