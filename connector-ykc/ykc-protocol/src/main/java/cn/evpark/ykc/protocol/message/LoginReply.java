package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x02 login reply (platform → pile), body 8 ({@code ykc-protocol.md §5.2}).
 *
 * <pre>
 *   68 0C 00 00 00 02 55 03 14 12 78 23 05 00 DA 4C
 *   start LEN SEQ  ENC TYPE pile code          result CRC (low byte first)
 * </pre>
 *
 * <p>On the wire 0x00 means success, unlike most result bytes; {@link #accepted} hides that. On
 * refusal the platform closes the connection after sending.
 *
 * @param pileCode echo of the login's pile code
 * @param accepted true if the login succeeded
 */
public record LoginReply(PileCode pileCode, boolean accepted)
    implements PlatformMessage, PileScoped {

  public LoginReply {
    Fields.present(pileCode, "pileCode");
  }

  @Override
  public FrameType type() {
    return FrameType.LOGIN_REPLY;
  }

  static LoginReply read(BodyReader in) {
    return new LoginReply(in.pileCode(), !in.flag());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.flag(!accepted);
  }
}
