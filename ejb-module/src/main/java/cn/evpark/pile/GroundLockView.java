package cn.evpark.pile;

import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.LockAlarm;
import cn.evpark.ykc.protocol.message.LockState;
import cn.evpark.ykc.protocol.message.ParkingSpaceState;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A gun's ground lock (地锁) as it last reported itself (0x61, {@code ykc-protocol.md §8.5}), in
 * names rather than wire types. A code the protocol does not list is named by its byte, {@code
 * "0x12"}.
 *
 * @param gun the gun whose bay it closes, from 1
 * @param lockState {@code RAISED} (升锁), {@code LOWERED} (降锁), {@code NOT_IN_POSITION}
 * @param vehiclePresent whether the lock's sensor sees a vehicle in the bay
 * @param batteryPercent the lock's battery, 0..100 %
 * @param alarm {@code NONE}, {@code RAISE_LOWER_FAILED}, {@code ARM_DAMAGED}
 * @param reportedAt when the platform received the report, UTC
 */
public record GroundLockView(
    int gun,
    String lockState,
    boolean vehiclePresent,
    int batteryPercent,
    String alarm,
    LocalDateTime reportedAt)
    implements Serializable {

  static GroundLockView of(
      int gun,
      int lockState,
      int parkingSpace,
      int batteryPercent,
      int alarm,
      LocalDateTime reportedAt) {
    return new GroundLockView(
        gun,
        Code.of(LockState.class, lockState).name(),
        Code.of(ParkingSpaceState.class, parkingSpace).is(ParkingSpaceState.OCCUPIED),
        batteryPercent,
        Code.of(LockAlarm.class, alarm).name(),
        reportedAt);
  }

  /** Whether the lock reports an alarm. */
  public boolean alarmed() {
    return !LockAlarm.NONE.name().equals(alarm);
  }
}
