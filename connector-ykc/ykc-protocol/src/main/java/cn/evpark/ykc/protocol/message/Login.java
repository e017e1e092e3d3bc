package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x01 login (pile → platform), body 30 bytes ({@code ykc-protocol.md §5.1}). Must succeed before
 * anything else; answered by {@link LoginReply}.
 *
 * @param pileCode the pile
 * @param pileType DC or AC
 * @param gunCount number of guns
 * @param protocolVersion version × 10 ({@link ProtocolVersion}): 0x0F = V1.5, 0x10 = V1.6, 0x11 =
 *     V1.7; another value is kept raw, and the pile logs in flagged
 * @param firmwareVersion zero-padded text, at most 8 bytes, e.g. {@code "V4.1.50"}
 * @param networkType the pile's link
 * @param simCard ICCID, 20 hex digits (BCD with {@code F} padding allowed), zeros if none
 * @param mobileOperator raw operator byte: sources disagree on its table, so it is kept as sent
 */
public record Login(
    PileCode pileCode,
    Code<PileType> pileType,
    int gunCount,
    Code<ProtocolVersion> protocolVersion,
    String firmwareVersion,
    Code<NetworkType> networkType,
    String simCard,
    int mobileOperator)
    implements PileMessage, PileScoped {

  public Login {
    Fields.present(pileCode, "pileCode");
    Fields.present(pileType, "pileType");
    Fields.u8(gunCount, "gunCount");
    Fields.present(protocolVersion, "protocolVersion");
    Fields.text(firmwareVersion, 8, "firmwareVersion");
    Fields.present(networkType, "networkType");
    Fields.present(simCard, "simCard");
    simCard = simCard.toUpperCase(java.util.Locale.ROOT);
    if (!cn.evpark.ykc.protocol.Bcd.isHex(simCard, 20)) {
      throw new IllegalArgumentException("simCard must be 20 hex digits: " + simCard);
    }
    Fields.u8(mobileOperator, "mobileOperator");
  }

  @Override
  public FrameType type() {
    return FrameType.LOGIN;
  }

  static Login read(BodyReader in) {
    return new Login(
        in.pileCode(),
        in.openCode(PileType.class),
        in.u8(),
        in.openCode(ProtocolVersion.class),
        in.ascii(8),
        in.openCode(NetworkType.class),
        in.hex(10),
        in.u8());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.code(pileType);
    out.u8(gunCount);
    out.code(protocolVersion);
    out.ascii(firmwareVersion, 8);
    out.code(networkType);
    out.hex(simCard);
    out.u8(mobileOperator);
  }
}
