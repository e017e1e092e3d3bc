package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x41 balance-update reply (pile → platform), body 16 ({@code ykc-protocol.md §7.10}; the doc's
 * sample LEN 0x13 is a typo, §12). It carries no gun number.
 *
 * @param pileCode the pile
 * @param card the card of the update
 * @param result the outcome
 */
public record BalanceUpdateReply(
    PileCode pileCode, PhysicalCardNumber card, Code<BalanceUpdateResult> result)
    implements PileMessage, PileScoped {

  public BalanceUpdateReply {
    Fields.present(pileCode, "pileCode");
    Fields.present(card, "card");
    Fields.present(result, "result");
  }

  @Override
  public FrameType type() {
    return FrameType.BALANCE_UPDATE_REPLY;
  }

  static BalanceUpdateReply read(BodyReader in) {
    return new BalanceUpdateReply(
        in.pileCode(), in.physicalCard(), in.openCode(BalanceUpdateResult.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.physicalCard(card);
    out.code(result);
  }
}
