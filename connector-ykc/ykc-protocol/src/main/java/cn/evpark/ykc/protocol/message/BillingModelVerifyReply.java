package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x06 billing-model verification reply (platform → pile), body 10 ({@code ykc-protocol.md §5.6}).
 * On a mismatch the pile asks with {@link BillingModelRequest}. Wire value 0x00 means "consistent".
 *
 * @param pileCode the pile
 * @param modelNumber echo of the pile's number (§12: we echo)
 * @param consistent true if the pile's model is the platform's current one
 */
public record BillingModelVerifyReply(
    PileCode pileCode, BillingModelNumber modelNumber, boolean consistent)
    implements PlatformMessage, PileScoped {

  public BillingModelVerifyReply {
    Fields.present(pileCode, "pileCode");
    Fields.present(modelNumber, "modelNumber");
  }

  @Override
  public FrameType type() {
    return FrameType.BILLING_MODEL_VERIFY_REPLY;
  }

  static BillingModelVerifyReply read(BodyReader in) {
    return new BillingModelVerifyReply(in.pileCode(), in.modelNumber(), !in.flag());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.modelNumber(modelNumber);
    out.flag(!consistent);
  }
}
