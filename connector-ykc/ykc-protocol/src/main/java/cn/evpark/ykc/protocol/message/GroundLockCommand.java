package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x62 ground-lock raise/lower command (platform → pile), body 13, LEN 0x11 ({@code ykc-protocol.md
 * §8.5}; the doc's sample LEN 0x0D is wrong, §12): answered by {@link GroundLockResult}.
 *
 * @param pileCode the pile
 * @param gun the gun (BIN in ground-lock frames)
 * @param action raise or lower
 * @param reserved the 4 reserved bytes, kept as received
 */
public record GroundLockCommand(PileCode pileCode, int gun, LockAction action, Bytes reserved)
    implements PlatformMessage, GunScoped {

  public GroundLockCommand {
    Fields.present(pileCode, "pileCode");
    Fields.u8(gun, "gun");
    Fields.present(action, "action");
    Fields.length(reserved, 4, "reserved");
  }

  @Override
  public FrameType type() {
    return FrameType.GROUND_LOCK_COMMAND;
  }

  static GroundLockCommand read(BodyReader in) {
    return new GroundLockCommand(in.pileCode(), in.u8(), in.code(LockAction.class), in.bytes(4));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.u8(gun);
    out.code(action);
    out.bytes(reserved);
  }
}
