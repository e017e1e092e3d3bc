package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x55 time-sync reply (pile → platform), body 14 ({@code ykc-protocol.md §8.2}).
 *
 * @param pileCode the pile
 * @param time the time now set in the pile
 */
public record TimeSyncReply(PileCode pileCode, Cp56Time2a time) implements PileMessage, PileScoped {

  public TimeSyncReply {
    Fields.present(pileCode, "pileCode");
    Fields.present(time, "time");
  }

  @Override
  public FrameType type() {
    return FrameType.TIME_SYNC_REPLY;
  }

  static TimeSyncReply read(BodyReader in) {
    return new TimeSyncReply(in.pileCode(), in.time());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.time(time);
  }
}
