package cn.evpark.parking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One line of the 预约订单 list (manual 5.3), times Asia/Shanghai.
 *
 * @param fee 预约费用, yuan
 * @param endedAt 结束时间: when it was fulfilled, expired or cancelled; null while it runs
 * @param entryAt 进场时间: the booked plate's entry, or null
 * @param entryEventId the bay event of the entry, for its photo (进场图片), or null
 * @param exitAt 离场时间, or null
 * @param exitEventId the bay event of the exit (离场图片), or null
 * @param intruderPlate the latest other plate seen entering the held bay, or null
 * @param lockError why the bay's lock did not move, or null
 */
public record ReservationRow(
    long id,
    String orderNo,
    String plate,
    String stationName,
    String bayNumber,
    BigDecimal fee,
    ReservationState state,
    int minutes,
    LocalDateTime bookedAt,
    LocalDateTime endsAt,
    LocalDateTime endedAt,
    LocalDateTime entryAt,
    Long entryEventId,
    boolean entryPhoto,
    LocalDateTime exitAt,
    Long exitEventId,
    boolean exitPhoto,
    String intruderPlate,
    BayLockState lockState,
    String lockError)
    implements Serializable {

  /** 支付状态: the fee is paid at booking, so 已支付, or 免费 for a tier without a fee. */
  public boolean free() {
    return fee.signum() == 0;
  }
}
