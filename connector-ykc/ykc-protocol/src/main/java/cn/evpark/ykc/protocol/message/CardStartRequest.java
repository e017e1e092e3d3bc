package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0x31 pile-initiated start request (pile → platform), body 51 ({@code ykc-protocol.md §7.1}): a
 * card swipe or a VIN start at the pile, answered by {@link CardStartReply} within seconds while
 * the user waits.
 *
 * @param pileCode the pile
 * @param gun the gun
 * @param startMethod card, account or VIN
 * @param passwordRequired true if the user entered a password
 * @param card the account or physical card number, zero-padded on the left
 * @param password the 16 password bytes as sent (a short MD5 of the password by the document; the
 *     exact form is uncertain, §7.1), zeros if none
 * @param vin the VIN for a VIN start, empty otherwise; the pile sends it byte-reversed and this is
 *     the reversed-back text (§3)
 */
public record CardStartRequest(
    PileCode pileCode,
    int gun,
    Code<StartMethod> startMethod,
    boolean passwordRequired,
    PhysicalCardNumber card,
    Bytes password,
    String vin)
    implements PileMessage, GunScoped {

  public CardStartRequest {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(startMethod, "startMethod");
    Fields.present(card, "card");
    Fields.length(password, 16, "password");
    Fields.text(vin, 17, "vin");
  }

  @Override
  public FrameType type() {
    return FrameType.CARD_START_REQUEST;
  }

  static CardStartRequest read(BodyReader in) {
    return new CardStartRequest(
        in.pileCode(),
        in.gun(),
        in.openCode(StartMethod.class),
        in.flag(),
        in.physicalCard(),
        in.bytes(16),
        in.asciiReversed(17));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(startMethod);
    out.flag(passwordRequired);
    out.physicalCard(card);
    out.bytes(password);
    out.asciiReversed(vin, 17);
  }
}
