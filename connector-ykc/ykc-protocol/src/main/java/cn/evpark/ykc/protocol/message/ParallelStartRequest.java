package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;

/**
 * 0xA1 parallel-charge start request (pile → platform, V1.6), body 58 ({@code ykc-protocol.md
 * §7.12}): a {@link CardStartRequest} plus the gun's role and the session number; each gun taking
 * part sends one, answered by {@link ParallelStartReply}.
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
 * @param role main or auxiliary gun
 * @param parallelSession the number shared by every gun of the session
 */
public record ParallelStartRequest(
    PileCode pileCode,
    int gun,
    Code<StartMethod> startMethod,
    Code<Flag> passwordRequiredFlag,
    PhysicalCardNumber card,
    Bytes password,
    String vin,
    Code<GunRole> role,
    ParallelSessionNumber parallelSession)
    implements PileMessage, GunScoped {

  public ParallelStartRequest {
    Fields.present(passwordRequiredFlag, "passwordRequiredFlag");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(startMethod, "startMethod");
    Fields.present(card, "card");
    Fields.length(password, 16, "password");
    Fields.text(vin, 17, "vin");
    Fields.present(role, "role");
    Fields.present(parallelSession, "parallelSession");
  }

  /** With the flag byte for {@code passwordRequired}. */
  public ParallelStartRequest(
      PileCode pileCode,
      int gun,
      Code<StartMethod> startMethod,
      boolean passwordRequired,
      PhysicalCardNumber card,
      Bytes password,
      String vin,
      Code<GunRole> role,
      ParallelSessionNumber parallelSession) {
    this(
        pileCode,
        gun,
        startMethod,
        Flag.of(passwordRequired),
        card,
        password,
        vin,
        role,
        parallelSession);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean passwordRequired() {
    return passwordRequiredFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.PARALLEL_START_REQUEST;
  }

  static ParallelStartRequest read(BodyReader in) {
    return new ParallelStartRequest(
        in.pileCode(),
        in.gun(),
        in.openCode(StartMethod.class),
        in.openCode(Flag.class),
        in.physicalCard(),
        in.bytes(16),
        in.asciiReversed(17),
        in.openCode(GunRole.class),
        in.parallelSession());
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
    out.code(role);
    out.parallelSession(parallelSession);
  }
}
