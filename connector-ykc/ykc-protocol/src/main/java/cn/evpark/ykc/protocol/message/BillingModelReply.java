package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x0A billing-model reply (platform → pile), body 90 ({@code ykc-protocol.md §5.8}) Same body as
 * {@link BillingModelSet}.
 *
 * @param pileCode the pile
 * @param model the billing model
 */
public record BillingModelReply(PileCode pileCode, BillingModel model)
    implements PlatformMessage, PileScoped {

  public BillingModelReply {
    Fields.present(pileCode, "pileCode");
    Fields.present(model, "model");
  }

  @Override
  public FrameType type() {
    return FrameType.BILLING_MODEL_REPLY;
  }

  static BillingModelReply read(BodyReader in) {
    return new BillingModelReply(in.pileCode(), BillingModel.read(in));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    model.write(out);
  }
}
