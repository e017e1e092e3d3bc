package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x56 time sync (platform → pile), body 14 ({@code ykc-protocol.md §8.2}): sent right after a
 * successful login and at least once a day. Answered by {@link TimeSyncReply}.
 *
 * @param pileCode the pile
 * @param time the platform's local China time
 */
public record TimeSync(PileCode pileCode, Cp56Time2a time) implements PlatformMessage, PileScoped {

  public TimeSync {
    Fields.present(pileCode, "pileCode");
    Fields.present(time, "time");
  }

  @Override
  public FrameType type() {
    return FrameType.TIME_SYNC;
  }

  static TimeSync read(BodyReader in) {
    return new TimeSync(in.pileCode(), in.time());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.time(time);
  }
}
