package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x04 heartbeat reply (platform → pile), body 9 ({@code ykc-protocol.md §5.4}).
 *
 * @param pileCode the pile
 * @param gun echo of the heartbeat's gun
 * @param reply the reply byte, always 0 from us; kept raw as received
 */
public record HeartbeatReply(PileCode pileCode, int gun, int reply)
    implements PlatformMessage, GunScoped {

  public HeartbeatReply {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.u8(reply, "reply");
  }

  /** The reply to {@code heartbeat}. */
  public static HeartbeatReply to(Heartbeat heartbeat) {
    return new HeartbeatReply(heartbeat.pileCode(), heartbeat.gun(), 0);
  }

  @Override
  public FrameType type() {
    return FrameType.HEARTBEAT_REPLY;
  }

  static HeartbeatReply read(BodyReader in) {
    return new HeartbeatReply(in.pileCode(), in.gun(), in.u8());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.u8(reply);
  }
}
