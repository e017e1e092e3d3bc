package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import java.util.ArrayList;
import java.util.List;

/**
 * 0x45 offline-card clear reply (pile → platform), body 7 + 10·n ({@code ykc-protocol.md §7.11}).
 * There is no count byte: n follows from LEN.
 *
 * @param pileCode the pile
 * @param cards per card, whether it was cleared
 */
public record OfflineCardClearReply(PileCode pileCode, List<ClearedCard> cards)
    implements PileMessage, PileScoped {

  public OfflineCardClearReply {
    Fields.present(pileCode, "pileCode");
    cards = Fields.list(cards, 24, "cards");
  }

  @Override
  public FrameType type() {
    return FrameType.OFFLINE_CARD_CLEAR_REPLY;
  }

  @Override
  public int bodyLength() {
    return 7 + 10 * cards.size();
  }

  static OfflineCardClearReply read(BodyReader in) {
    PileCode pileCode = in.pileCode();
    if (in.remaining() % 10 != 0) {
      throw MessageCodec.countMismatch(FrameType.OFFLINE_CARD_CLEAR_REPLY, in.remaining() + 7);
    }
    List<ClearedCard> cards = new ArrayList<>();
    while (in.remaining() > 0) {
      cards.add(new ClearedCard(in.physicalCard(), in.openCode(Flag.class), in.u8()));
    }
    return new OfflineCardClearReply(pileCode, cards);
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    for (ClearedCard card : cards) {
      out.physicalCard(card.card());
      out.code(card.clearedFlag());
      out.u8(card.reason());
    }
  }
}
