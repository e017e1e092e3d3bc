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
 * @param successFlag the flag byte as sent: 0x01 if carried out (success() is true only then)
 * @param reserved the 4 reserved bytes, kept as received
 */
public record GroundLockResult(PileCode pileCode, int gun, Code<Flag> successFlag, Bytes reserved)
    implements PileMessage, GunScoped {

  public GroundLockResult {
    Fields.present(successFlag, "successFlag");
    Fields.present(pileCode, "pileCode");
    Fields.u8(gun, "gun");
    Fields.length(reserved, 4, "reserved");
  }

  /** With the flag byte for {@code success}. */
  public GroundLockResult(PileCode pileCode, int gun, boolean success, Bytes reserved) {
    this(pileCode, gun, Flag.of(success), reserved);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.GROUND_LOCK_RESULT;
  }

  static GroundLockResult read(BodyReader in) {
    return new GroundLockResult(in.pileCode(), in.u8(), in.openCode(Flag.class), in.bytes(4));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.u8(gun);
    out.code(successFlag);
    out.bytes(reserved);
  }
}
