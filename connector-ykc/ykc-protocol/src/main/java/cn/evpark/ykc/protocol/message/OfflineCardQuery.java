package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import java.util.ArrayList;
import java.util.List;

/**
 * 0x48 offline-card query (platform → pile), body 8 + 8·n, n ≤ 26 ({@code ykc-protocol.md §7.11}):
 * asks which cards are on the whitelist; answered by {@link OfflineCardQueryReply}.
 *
 * @param pileCode the pile
 * @param cards at most 26 cards
 */
public record OfflineCardQuery(PileCode pileCode, List<PhysicalCardNumber> cards)
    implements PlatformMessage, PileScoped {

  /** The most cards one frame carries. */
  public static final int MAX_CARDS = 26;

  public OfflineCardQuery {
    Fields.present(pileCode, "pileCode");
    cards = Fields.list(cards, MAX_CARDS, "cards");
  }

  @Override
  public FrameType type() {
    return FrameType.OFFLINE_CARD_QUERY;
  }

  @Override
  public int bodyLength() {
    return 8 + 8 * cards.size();
  }

  static OfflineCardQuery read(BodyReader in) {
    PileCode pileCode = in.pileCode();
    int count = in.u8();
    if (in.remaining() != 8 * count) {
      throw MessageCodec.countMismatch(FrameType.OFFLINE_CARD_QUERY, in.remaining() + 8);
    }
    List<PhysicalCardNumber> cards = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cards.add(in.physicalCard());
    }
    return new OfflineCardQuery(pileCode, cards);
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.u8(cards.size());
    for (PhysicalCardNumber card : cards) {
      out.physicalCard(card);
    }
  }
}
