package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x03 heartbeat (pile → platform), body 9, every 10 s, often one per gun ({@code ykc-protocol.md
 * §5.3}). Answered at once by {@link HeartbeatReply}: three missed replies make the pile reconnect.
 *
 * @param pileCode the pile
 * @param gun the gun
 * @param gunHealth normal or fault
 */
public record Heartbeat(PileCode pileCode, int gun, Code<GunHealth> gunHealth)
    implements PileMessage, GunScoped {

  public Heartbeat {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(gunHealth, "gunHealth");
  }

  @Override
  public FrameType type() {
    return FrameType.HEARTBEAT;
  }

  static Heartbeat read(BodyReader in) {
    return new Heartbeat(in.pileCode(), in.gun(), in.openCode(GunHealth.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(gunHealth);
  }
}
