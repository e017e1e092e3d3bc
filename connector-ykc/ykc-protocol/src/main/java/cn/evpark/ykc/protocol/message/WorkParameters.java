package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x52 work-parameter set (platform → pile), body 9 ({@code ykc-protocol.md §8.1}): answered by
 * {@link WorkParametersReply}. A pile out of service refuses to start sessions.
 *
 * @param pileCode the pile
 * @param outOfService true to lock the pile out of service (wire 0x01), false to let it work
 *     normally (0x00)
 * @param maxPowerPercent maximum output power, percent of rated power, 30..100
 */
public record WorkParameters(PileCode pileCode, boolean outOfService, int maxPowerPercent)
    implements PlatformMessage, PileScoped {

  public WorkParameters {
    Fields.present(pileCode, "pileCode");
    Fields.range(maxPowerPercent, 30, 100, "maxPowerPercent");
  }

  @Override
  public FrameType type() {
    return FrameType.WORK_PARAMETERS;
  }

  static WorkParameters read(BodyReader in) {
    return new WorkParameters(in.pileCode(), in.flag(), in.u8());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(outOfService);
    out.u8(maxPowerPercent);
  }
}
