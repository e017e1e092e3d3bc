package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x36 remote stop (platform → pile), body 8 ({@code ykc-protocol.md §7.5}): stops whatever runs on
 * the gun; answered by {@link RemoteStopResult}.
 *
 * @param pileCode the pile
 * @param gun the gun
 */
public record RemoteStop(PileCode pileCode, int gun) implements PlatformMessage, GunScoped {

  public RemoteStop {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_STOP;
  }

  static RemoteStop read(BodyReader in) {
    return new RemoteStop(in.pileCode(), in.gun());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
  }
}
