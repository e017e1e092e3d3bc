package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x93 remote update reply (pile → platform), body 8 ({@code ykc-protocol.md §8.4}); may come
 * minutes after the 0x94, once the download is done.
 *
 * @param pileCode the pile
 * @param status the outcome
 */
public record RemoteUpdateReply(PileCode pileCode, Code<UpdateStatus> status)
    implements PileMessage, PileScoped {

  public RemoteUpdateReply {
    Fields.present(pileCode, "pileCode");
    Fields.present(status, "status");
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_UPDATE_REPLY;
  }

  static RemoteUpdateReply read(BodyReader in) {
    return new RemoteUpdateReply(in.pileCode(), in.openCode(UpdateStatus.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(status);
  }
}
