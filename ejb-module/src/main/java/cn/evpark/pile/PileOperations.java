package cn.evpark.pile;

import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The remote operations of the pile list (manual 4.3): 重启, 同步时间, 桩二维码下发, 枪二维码下发, each for a pile
 * the caller may change; and the 运营状态 a pile is given at its login.
 *
 * <p>Each returns the command's stage: it fails at once for an offline pile and later when the pile
 * does not answer.
 */
@Stateless
public class PileOperations {

  private static final Logger LOG = Logger.getLogger(PileOperations.class.getName());

  @EJB PileService piles;
  @EJB PileCommands commands;
  @EJB PileQrCodes qrCodes;

  /** 重启. */
  public CompletionStage<PileMessage> restart(long pileId) {
    return commands.restart(piles.getForChange(pileId).getCode());
  }

  /** 同步时间. */
  public CompletionStage<PileMessage> syncTime(long pileId) {
    return commands.syncTime(piles.getForChange(pileId).getCode());
  }

  /** 桩二维码下发: the screen shows the pile's QR code, {@link PileQrCodes#pilePrefix()} + code. */
  public CompletionStage<PileMessage> pushPileQrCode(long pileId) {
    return commands.pushQrPrefix(piles.getForChange(pileId).getCode(), qrCodes.pilePrefix());
  }

  /** 枪二维码下发: the screen shows one QR code per gun, {@link PileQrCodes#gunPrefix()}. */
  public CompletionStage<PileMessage> pushGunQrCodes(long pileId) {
    return commands.pushQrPrefix(piles.getForChange(pileId).getCode(), qrCodes.gunPrefix());
  }

  /**
   * Puts a pile that just logged in into the service state of its 运营状态 (0x52): every login, so a
   * change made while it was offline reaches it, and a replaced pile gets the platform's word.
   */
  public void applyOperatingStatusAtLogin(PileCode code) {
    boolean outOfService = piles.isOutOfService(code);
    commands
        .setOutOfService(code, outOfService)
        .whenComplete(
            (reply, failure) -> {
              if (failure == null) {
                return;
              }
              // Gone again before this ran (common when many piles reconnect at once): its next
              // login applies it.
              Level level =
                  unwrap(failure) instanceof PileOfflineException ? Level.FINE : Level.WARNING;
              LOG.log(
                  level, () -> "pile " + code.value() + ": 运营状态 not applied at login: " + failure);
            });
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
