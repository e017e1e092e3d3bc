package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x92 remote reboot (platform → pile), body 8, LEN 0x0C: the control is one byte ({@code
 * ykc-protocol.md §8.3}; JCPP's 4-byte form is a deviation, §12). Answered by {@link
 * RemoteRebootReply}.
 *
 * @param pileCode the pile
 * @param control now or when idle
 */
public record RemoteReboot(PileCode pileCode, ExecutionControl control)
    implements PlatformMessage, PileScoped {

  public RemoteReboot {
    Fields.present(pileCode, "pileCode");
    Fields.present(control, "control");
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_REBOOT;
  }

  static RemoteReboot read(BodyReader in) {
    return new RemoteReboot(in.pileCode(), in.code(ExecutionControl.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(control);
  }
}
