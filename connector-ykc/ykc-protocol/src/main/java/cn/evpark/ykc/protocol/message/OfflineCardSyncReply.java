package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x43 offline-card sync reply (pile → platform), body 9 ({@code ykc-protocol.md §7.11}).
 *
 * @param pileCode the pile
 * @param success true if the cards were stored
 * @param failureReason why not
 */
public record OfflineCardSyncReply(
    PileCode pileCode, boolean success, Code<CardSyncFailure> failureReason)
    implements PileMessage, PileScoped {

  public OfflineCardSyncReply {
    Fields.present(pileCode, "pileCode");
    Fields.present(failureReason, "failureReason");
  }

  @Override
  public FrameType type() {
    return FrameType.OFFLINE_CARD_SYNC_REPLY;
  }

  static OfflineCardSyncReply read(BodyReader in) {
    return new OfflineCardSyncReply(in.pileCode(), in.flag(), in.openCode(CardSyncFailure.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(success);
    out.code(failureReason);
  }
}
