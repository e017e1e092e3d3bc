package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x63 ground-lock command result (pile → platform), body 13, LEN 0x11 ({@code ykc-protocol.md
 * §8.5}).
 *
 * @param pileCode the pile
 * @param gun the gun (BIN in ground-lock frames)
 * @param success true if carried out
 * @param reserved the 4 reserved bytes, kept as received
 */
public record GroundLockResult(PileCode pileCode, int gun, boolean success, Bytes reserved)
    implements PileMessage, GunScoped {

  public GroundLockResult {
    Fields.present(pileCode, "pileCode");
    Fields.u8(gun, "gun");
    Fields.length(reserved, 4, "reserved");
  }

  @Override
  public FrameType type() {
    return FrameType.GROUND_LOCK_RESULT;
  }

  static GroundLockResult read(BodyReader in) {
    return new GroundLockResult(in.pileCode(), in.u8(), in.flag(), in.bytes(4));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.u8(gun);
    out.flag(success);
    out.bytes(reserved);
  }
}
