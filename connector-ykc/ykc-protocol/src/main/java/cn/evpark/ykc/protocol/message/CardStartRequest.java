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
 * @param passwordRequiredFlag the flag byte as sent: 0x01 if the user entered a password
 *     (passwordRequired() is true only then)
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
    Code<Flag> passwordRequiredFlag,
    PhysicalCardNumber card,
    Bytes password,
    String vin)
    implements PileMessage, GunScoped {

  public CardStartRequest {
    Fields.present(passwordRequiredFlag, "passwordRequiredFlag");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(startMethod, "startMethod");
    Fields.present(card, "card");
    Fields.length(password, 16, "password");
    Fields.text(vin, 17, "vin");
  }

  /** With the flag byte for {@code passwordRequired}. */
  public CardStartRequest(
      PileCode pileCode,
      int gun,
      Code<StartMethod> startMethod,
      boolean passwordRequired,
      PhysicalCardNumber card,
      Bytes password,
      String vin) {
    this(pileCode, gun, startMethod, Flag.of(passwordRequired), card, password, vin);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean passwordRequired() {
    return passwordRequiredFlag.is(Flag.YES);
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
        in.openCode(Flag.class),
        in.physicalCard(),
        in.bytes(16),
        in.asciiReversed(17));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(startMethod);
    out.code(passwordRequiredFlag);
    out.physicalCard(card);
    out.bytes(password);
    out.asciiReversed(vin, 17);
  }
}
