package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x57 billing-model set reply (pile → platform), body 8 ({@code ykc-protocol.md §5.9}).
 *
 * @param pileCode the pile
 * @param success true if the pile took the model
 */
public record BillingModelSetReply(PileCode pileCode, boolean success)
    implements PileMessage, PileScoped {

  public BillingModelSetReply {
    Fields.present(pileCode, "pileCode");
  }

  @Override
  public FrameType type() {
    return FrameType.BILLING_MODEL_SET_REPLY;
  }

  static BillingModelSetReply read(BodyReader in) {
    return new BillingModelSetReply(in.pileCode(), in.flag());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(success);
  }
}
