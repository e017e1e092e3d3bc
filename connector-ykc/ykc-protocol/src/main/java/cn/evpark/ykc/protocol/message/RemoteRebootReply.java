package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x91 remote reboot reply (pile → platform), body 8 ({@code ykc-protocol.md §8.3}).
 *
 * @param pileCode the pile
 * @param success true if the pile will reboot
 */
public record RemoteRebootReply(PileCode pileCode, boolean success)
    implements PileMessage, PileScoped {

  public RemoteRebootReply {
    Fields.present(pileCode, "pileCode");
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_REBOOT_REPLY;
  }

  static RemoteRebootReply read(BodyReader in) {
    return new RemoteRebootReply(in.pileCode(), in.flag());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(success);
  }
}
