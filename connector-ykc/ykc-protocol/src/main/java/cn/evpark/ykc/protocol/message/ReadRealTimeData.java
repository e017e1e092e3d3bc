package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x12 read real-time data (platform → pile), body 8 ({@code ykc-protocol.md §6.1}): the pile
 * answers with {@link RealTimeData}.
 *
 * @param pileCode the pile
 * @param gun the gun
 */
public record ReadRealTimeData(PileCode pileCode, int gun) implements PlatformMessage, GunScoped {

  public ReadRealTimeData {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
  }

  @Override
  public FrameType type() {
    return FrameType.READ_REAL_TIME_DATA;
  }

  static ReadRealTimeData read(BodyReader in) {
    return new ReadRealTimeData(in.pileCode(), in.gun());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
  }
}
