package cn.evpark.tariff;

import java.math.BigDecimal;

/**
 * One line of a reservation fee rule (收费标准): booking the bay for {@code minutes} (可预约时长) costs
 * {@code fee} (预约费用). Checked by the {@link ReservationTerms} that hold it.
 *
 * @param minutes how long the bay stays locked for the driver from the moment of booking
 * @param fee yuan, whole fen
 */
public record ReservationTier(int minutes, BigDecimal fee) {

  public static ReservationTier of(int minutes, String fee) {
    return new ReservationTier(minutes, new BigDecimal(fee));
  }
}
