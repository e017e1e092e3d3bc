package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0xF0 QR-code prefix download (platform → pile), body 9 + k ({@code ykc-protocol.md §8.6}, a
 * vendor extension): answered by {@link QrPrefixReply}.
 *
 * @param pileCode the pile
 * @param kind how the pile builds the QR code from the prefix
 * @param prefix the prefix text, at most 242 single-byte characters (LEN is one byte)
 */
public record QrPrefix(PileCode pileCode, QrPrefixKind kind, String prefix)
    implements PlatformMessage, PileScoped {

  /** The longest prefix a frame can carry. */
  public static final int MAX_PREFIX = 242;

  public QrPrefix {
    Fields.present(pileCode, "pileCode");
    Fields.present(kind, "kind");
    Fields.present(prefix, "prefix");
    if (prefix.length() > MAX_PREFIX || prefix.chars().anyMatch(c -> c > 0xFF)) {
      throw new IllegalArgumentException("prefix must be at most 242 single-byte characters");
    }
  }

  @Override
  public FrameType type() {
    return FrameType.QR_PREFIX;
  }

  @Override
  public int bodyLength() {
    return 9 + prefix.length();
  }

  static QrPrefix read(BodyReader in) {
    PileCode pileCode = in.pileCode();
    QrPrefixKind kind = in.code(QrPrefixKind.class);
    int length = in.u8();
    if (in.remaining() != length) {
      throw MessageCodec.countMismatch(FrameType.QR_PREFIX, in.remaining() + 9);
    }
    return new QrPrefix(pileCode, kind, in.latin1(length));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(kind);
    out.u8(prefix.length());
    out.ascii(prefix, prefix.length());
  }
}
