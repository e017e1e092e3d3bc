package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x35 remote-stop result (pile → platform), body 10 ({@code ykc-protocol.md §7.6}).
 *
 * @param pileCode the pile
 * @param gun the gun
 * @param success true if the pile stopped
 * @param failureReason why not; {@link StopFailureReason#NONE} on success
 */
public record RemoteStopResult(
    PileCode pileCode, int gun, boolean success, Code<StopFailureReason> failureReason)
    implements PileMessage, GunScoped {

  public RemoteStopResult {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(failureReason, "failureReason");
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_STOP_RESULT;
  }

  static RemoteStopResult read(BodyReader in) {
    return new RemoteStopResult(
        in.pileCode(), in.gun(), in.flag(), in.openCode(StopFailureReason.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.flag(success);
    out.code(failureReason);
  }
}
