package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x51 work-parameter set reply (pile → platform), body 8 ({@code ykc-protocol.md §8.1}).
 *
 * @param pileCode the pile
 * @param success true if applied
 */
public record WorkParametersReply(PileCode pileCode, boolean success)
    implements PileMessage, PileScoped {

  public WorkParametersReply {
    Fields.present(pileCode, "pileCode");
  }

  @Override
  public FrameType type() {
    return FrameType.WORK_PARAMETERS_REPLY;
  }

  static WorkParametersReply read(BodyReader in) {
    return new WorkParametersReply(in.pileCode(), in.flag());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(success);
  }
}
