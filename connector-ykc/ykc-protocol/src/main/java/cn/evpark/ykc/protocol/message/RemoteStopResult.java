package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x35 remote-stop result (pile → platform), body 10 ({@code ykc-protocol.md §7.6}).
 *
 * @param pileCode the pile
 * @param gun the gun
 * @param successFlag the flag byte as sent: 0x01 if the pile stopped (success() is true only then)
 * @param failureReason why not; {@link StopFailureReason#NONE} on success
 */
public record RemoteStopResult(
    PileCode pileCode, int gun, Code<Flag> successFlag, Code<StopFailureReason> failureReason)
    implements PileMessage, GunScoped {

  public RemoteStopResult {
    Fields.present(successFlag, "successFlag");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(failureReason, "failureReason");
  }

  /** With the flag byte for {@code success}. */
  public RemoteStopResult(
      PileCode pileCode, int gun, boolean success, Code<StopFailureReason> failureReason) {
    this(pileCode, gun, Flag.of(success), failureReason);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_STOP_RESULT;
  }

  static RemoteStopResult read(BodyReader in) {
    return new RemoteStopResult(
        in.pileCode(), in.gun(), in.openCode(Flag.class), in.openCode(StopFailureReason.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(successFlag);
    out.code(failureReason);
  }
}
