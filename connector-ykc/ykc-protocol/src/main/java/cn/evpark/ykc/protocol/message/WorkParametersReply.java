package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x51 work-parameter set reply (pile → platform), body 8 ({@code ykc-protocol.md §8.1}).
 *
 * @param pileCode the pile
 * @param successFlag the flag byte as sent: 0x01 if applied (success() is true only then)
 */
public record WorkParametersReply(PileCode pileCode, Code<Flag> successFlag)
    implements PileMessage, PileScoped {

  public WorkParametersReply {
    Fields.present(successFlag, "successFlag");
    Fields.present(pileCode, "pileCode");
  }

  /** With the flag byte for {@code success}. */
  public WorkParametersReply(PileCode pileCode, boolean success) {
    this(pileCode, Flag.of(success));
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.WORK_PARAMETERS_REPLY;
  }

  static WorkParametersReply read(BodyReader in) {
    return new WorkParametersReply(in.pileCode(), in.openCode(Flag.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(successFlag);
  }
}
