package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x58 billing-model set (platform → pile), body 90 ({@code ykc-protocol.md §5.8, §11.5}) Same body
 * as {@link BillingModelReply}.
 *
 * @param pileCode the pile
 * @param model the billing model
 */
public record BillingModelSet(PileCode pileCode, BillingModel model)
    implements PlatformMessage, PileScoped {

  public BillingModelSet {
    Fields.present(pileCode, "pileCode");
    Fields.present(model, "model");
  }

  @Override
  public FrameType type() {
    return FrameType.BILLING_MODEL_SET;
  }

  static BillingModelSet read(BodyReader in) {
    return new BillingModelSet(in.pileCode(), BillingModel.read(in));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    model.write(out);
  }
}
