package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x43 offline-card sync reply (pile → platform), body 9 ({@code ykc-protocol.md §7.11}).
 *
 * @param pileCode the pile
 * @param successFlag the flag byte as sent: 0x01 if the cards were stored (success() is true only
 *     then)
 * @param failureReason why not
 */
public record OfflineCardSyncReply(
    PileCode pileCode, Code<Flag> successFlag, Code<CardSyncFailure> failureReason)
    implements PileMessage, PileScoped {

  public OfflineCardSyncReply {
    Fields.present(successFlag, "successFlag");
    Fields.present(pileCode, "pileCode");
    Fields.present(failureReason, "failureReason");
  }

  /** With the flag byte for {@code success}. */
  public OfflineCardSyncReply(
      PileCode pileCode, boolean success, Code<CardSyncFailure> failureReason) {
    this(pileCode, Flag.of(success), failureReason);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.OFFLINE_CARD_SYNC_REPLY;
  }

  static OfflineCardSyncReply read(BodyReader in) {
    return new OfflineCardSyncReply(
        in.pileCode(), in.openCode(Flag.class), in.openCode(CardSyncFailure.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(successFlag);
    out.code(failureReason);
  }
}
