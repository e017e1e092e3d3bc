package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0xF1 QR-code prefix reply (pile → platform), body 8 ({@code ykc-protocol.md §8.6}, vendor
 * extension). Success only means the pile took the command.
 *
 * @param pileCode the pile
 * @param successFlag the flag byte as sent: 0x01 if the prefix was stored (success() is true only
 *     then)
 */
public record QrPrefixReply(PileCode pileCode, Code<Flag> successFlag)
    implements PileMessage, PileScoped {

  public QrPrefixReply {
    Fields.present(successFlag, "successFlag");
    Fields.present(pileCode, "pileCode");
  }

  /** With the flag byte for {@code success}. */
  public QrPrefixReply(PileCode pileCode, boolean success) {
    this(pileCode, Flag.of(success));
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.QR_PREFIX_REPLY;
  }

  static QrPrefixReply read(BodyReader in) {
    return new QrPrefixReply(in.pileCode(), in.openCode(Flag.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(successFlag);
  }
}
