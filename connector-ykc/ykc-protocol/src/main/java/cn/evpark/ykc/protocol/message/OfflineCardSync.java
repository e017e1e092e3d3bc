package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import java.util.ArrayList;
import java.util.List;

/**
 * 0x44 offline-card sync (platform → pile), body 8 + 16·n, n ≤ 15 ({@code ykc-protocol.md §7.11}):
 * inserts or overwrites whitelist entries; answered by {@link OfflineCardSyncReply}.
 *
 * @param pileCode the pile
 * @param cards at most 15 cards
 */
public record OfflineCardSync(PileCode pileCode, List<OfflineCard> cards)
    implements PlatformMessage, PileScoped {

  /** The most cards one frame carries. */
  public static final int MAX_CARDS = 15;

  public OfflineCardSync {
    Fields.present(pileCode, "pileCode");
    cards = Fields.list(cards, MAX_CARDS, "cards");
  }

  @Override
  public FrameType type() {
    return FrameType.OFFLINE_CARD_SYNC;
  }

  @Override
  public int bodyLength() {
    return 8 + 16 * cards.size();
  }

  static OfflineCardSync read(BodyReader in) {
    PileCode pileCode = in.pileCode();
    int count = in.u8();
    if (in.remaining() != 16 * count) {
      throw MessageCodec.countMismatch(FrameType.OFFLINE_CARD_SYNC, in.remaining() + 8);
    }
    List<OfflineCard> cards = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cards.add(new OfflineCard(in.logicalCard(), in.physicalCard()));
    }
    return new OfflineCardSync(pileCode, cards);
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.u8(cards.size());
    for (OfflineCard card : cards) {
      out.logicalCard(card.logical());
      out.physicalCard(card.physical());
    }
  }
}
