package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x61 ground-lock status (pile → platform), body 16 ({@code ykc-protocol.md §8.5}): on change,
 * otherwise every 5 min.
 *
 * @param pileCode the pile
 * @param gun the gun (BIN in ground-lock frames)
 * @param lockState lock position
 * @param parkingSpace whether a vehicle is present
 * @param batteryPercent lock battery, 0..100 % by the spec; a larger byte is kept as sent (§11)
 * @param alarm alarm state
 * @param reserved the 4 reserved bytes, kept as received
 */
public record GroundLockStatus(
    PileCode pileCode,
    int gun,
    Code<LockState> lockState,
    Code<ParkingSpaceState> parkingSpace,
    int batteryPercent,
    Code<LockAlarm> alarm,
    Bytes reserved)
    implements PileMessage, GunScoped {

  public GroundLockStatus {
    Fields.present(pileCode, "pileCode");
    Fields.u8(gun, "gun");
    Fields.present(lockState, "lockState");
    Fields.present(parkingSpace, "parkingSpace");
    Fields.u8(batteryPercent, "batteryPercent");
    Fields.present(alarm, "alarm");
    Fields.length(reserved, 4, "reserved");
  }

  @Override
  public FrameType type() {
    return FrameType.GROUND_LOCK_STATUS;
  }

  static GroundLockStatus read(BodyReader in) {
    return new GroundLockStatus(
        in.pileCode(),
        in.u8(),
        in.openCode(LockState.class),
        in.openCode(ParkingSpaceState.class),
        in.u8(),
        in.openCode(LockAlarm.class),
        in.bytes(4));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.u8(gun);
    out.code(lockState);
    out.code(parkingSpace);
    out.u8(batteryPercent);
    out.code(alarm);
    out.bytes(reserved);
  }
}
