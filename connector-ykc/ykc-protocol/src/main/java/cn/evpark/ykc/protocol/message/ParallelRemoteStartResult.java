package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0xA3 parallel-charge remote-start result (pile → platform, V1.6), body 33 ({@code ykc-protocol.md
 * §7.12}): a {@link RemoteStartResult} plus the gun's role and the session number. 0xA3 is uplink
 * although the document's summary table swaps it with 0xA4.
 *
 * @param transactionSerial the session's transaction serial number
 * @param pileCode the pile
 * @param gun the gun
 * @param successFlag the flag byte as sent: 0x01 if the pile started (success() is true only then)
 * @param failureReason why not
 * @param role main or auxiliary gun
 * @param parallelSession parallel-session number, the same on every gun of the session
 */
public record ParallelRemoteStartResult(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    Code<Flag> successFlag,
    Code<StartFailureReason> failureReason,
    Code<GunRole> role,
    ParallelSessionNumber parallelSession)
    implements PileMessage, GunScoped {

  public ParallelRemoteStartResult {
    Fields.present(successFlag, "successFlag");
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(failureReason, "failureReason");
    Fields.present(role, "role");
    Fields.present(parallelSession, "parallelSession");
  }

  /** With the flag byte for {@code success}. */
  public ParallelRemoteStartResult(
      TransactionSerial transactionSerial,
      PileCode pileCode,
      int gun,
      boolean success,
      Code<StartFailureReason> failureReason,
      Code<GunRole> role,
      ParallelSessionNumber parallelSession) {
    this(transactionSerial, pileCode, gun, Flag.of(success), failureReason, role, parallelSession);
  }

  /** Whether the flag byte is 0x01; any other byte, known or not, reads as false. */
  public boolean success() {
    return successFlag.is(Flag.YES);
  }

  @Override
  public FrameType type() {
    return FrameType.PARALLEL_REMOTE_START_RESULT;
  }

  static ParallelRemoteStartResult read(BodyReader in) {
    return new ParallelRemoteStartResult(
        in.serial(),
        in.pileCode(),
        in.gun(),
        in.openCode(Flag.class),
        in.openCode(StartFailureReason.class),
        in.openCode(GunRole.class),
        in.parallelSession());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.code(successFlag);
    out.code(failureReason);
    out.code(role);
    out.parallelSession(parallelSession);
  }
}
