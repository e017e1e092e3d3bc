package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import java.util.ArrayList;
import java.util.List;

/**
 * 0x47 offline-card query reply (pile → platform), body 7 + 9·n ({@code ykc-protocol.md §7.11}).
 * There is no count byte: n follows from LEN.
 *
 * @param pileCode the pile
 * @param cards per card, whether it is on the whitelist
 */
public record OfflineCardQueryReply(PileCode pileCode, List<CardPresence> cards)
    implements PileMessage, PileScoped {

  public OfflineCardQueryReply {
    Fields.present(pileCode, "pileCode");
    cards = Fields.list(cards, 27, "cards");
  }

  @Override
  public FrameType type() {
    return FrameType.OFFLINE_CARD_QUERY_REPLY;
  }

  @Override
  public int bodyLength() {
    return 7 + 9 * cards.size();
  }

  static OfflineCardQueryReply read(BodyReader in) {
    PileCode pileCode = in.pileCode();
    if (in.remaining() % 9 != 0) {
      throw MessageCodec.countMismatch(FrameType.OFFLINE_CARD_QUERY_REPLY, in.remaining() + 7);
    }
    List<CardPresence> cards = new ArrayList<>();
    while (in.remaining() > 0) {
      cards.add(new CardPresence(in.physicalCard(), in.openCode(Flag.class)));
    }
    return new OfflineCardQueryReply(pileCode, cards);
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    for (CardPresence card : cards) {
      out.physicalCard(card.card());
      out.code(card.presentFlag());
    }
  }
}
