package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x05 billing-model verification request (pile → platform), body 9 ({@code ykc-protocol.md §5.5}):
 * sent after login until answered by {@link BillingModelVerifyReply}.
 *
 * @param pileCode the pile
 * @param modelNumber the model the pile holds; {@code 0000} on its first connection
 */
public record BillingModelVerify(PileCode pileCode, BillingModelNumber modelNumber)
    implements PileMessage, PileScoped {

  public BillingModelVerify {
    Fields.present(pileCode, "pileCode");
    Fields.present(modelNumber, "modelNumber");
  }

  @Override
  public FrameType type() {
    return FrameType.BILLING_MODEL_VERIFY;
  }

  static BillingModelVerify read(BodyReader in) {
    return new BillingModelVerify(in.pileCode(), in.modelNumber());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.modelNumber(modelNumber);
  }
}
