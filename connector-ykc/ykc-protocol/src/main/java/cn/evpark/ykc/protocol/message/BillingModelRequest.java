package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x09 billing-model request (pile → platform), body 7 ({@code ykc-protocol.md §5.7}): sent after a
 * mismatch until answered by {@link BillingModelReply}; a pile without a model must not charge.
 *
 * @param pileCode the pile
 */
public record BillingModelRequest(PileCode pileCode) implements PileMessage, PileScoped {

  public BillingModelRequest {
    Fields.present(pileCode, "pileCode");
  }

  @Override
  public FrameType type() {
    return FrameType.BILLING_MODEL_REQUEST;
  }

  static BillingModelRequest read(BodyReader in) {
    return new BillingModelRequest(in.pileCode());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
  }
}
