package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0x33 remote-start result (pile → platform), body 26 ({@code ykc-protocol.md §7.4}). After a
 * failure for {@link StartFailureReason#GUN_NOT_PLUGGED_IN} a second, successful 0x33 may follow
 * within 60 s.
 *
 * @param transactionSerial the session's transaction serial number
 * @param pileCode the pile
 * @param gun the gun
 * @param successFlag the flag byte as sent: 0x01 if the pile started (success() is true only then)
 * @param failureReason why not; {@link StartFailureReason#NONE} on success
 */
public record RemoteStartResult(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    Code<Flag> successFlag,
    Code<StartFailureReason> failureReason)
    implements PileMessage, GunScoped {

  public RemoteStartResult {
    Fields.present(successFlag, "successFlag");
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(failureReason, "failureReason");
  }

  /** With the flag byte for {@code success}. */
  public RemoteStartResult(
      TransactionSerial transactionSerial,
      PileCode pileCode,
      int gun,
      boolean success,
      Code<StartFailureReason> failureReason) {
    this(transactionSerial, pileCode, gun, Flag.of(success), failureReason);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_START_RESULT;
  }

  static RemoteStartResult read(BodyReader in) {
    return new RemoteStartResult(
        in.serial(),
        in.pileCode(),
        in.gun(),
        in.openCode(Flag.class),
        in.openCode(StartFailureReason.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(successFlag);
    out.code(failureReason);
  }
}
