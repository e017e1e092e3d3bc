package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x91 remote reboot reply (pile → platform), body 8 ({@code ykc-protocol.md §8.3}).
 *
 * @param pileCode the pile
 * @param successFlag the flag byte as sent: 0x01 if the pile will reboot (success() is true only
 *     then)
 */
public record RemoteRebootReply(PileCode pileCode, Code<Flag> successFlag)
    implements PileMessage, PileScoped {

  public RemoteRebootReply {
    Fields.present(successFlag, "successFlag");
    Fields.present(pileCode, "pileCode");
  }

  /** With the flag byte for {@code success}. */
  public RemoteRebootReply(PileCode pileCode, boolean success) {
    this(pileCode, Flag.of(success));
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_REBOOT_REPLY;
  }

  static RemoteRebootReply read(BodyReader in) {
    return new RemoteRebootReply(in.pileCode(), in.openCode(Flag.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(successFlag);
  }
}
