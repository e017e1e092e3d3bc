package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0xF1 QR-code prefix reply (pile → platform), body 8 ({@code ykc-protocol.md §8.6}, vendor
 * extension). Success only means the pile took the command.
 *
 * @param pileCode the pile
 * @param success true if the prefix was stored
 */
public record QrPrefixReply(PileCode pileCode, boolean success) implements PileMessage, PileScoped {

  public QrPrefixReply {
    Fields.present(pileCode, "pileCode");
  }

  @Override
  public FrameType type() {
    return FrameType.QR_PREFIX_REPLY;
  }

  static QrPrefixReply read(BodyReader in) {
    return new QrPrefixReply(in.pileCode(), in.flag());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(success);
  }
}
