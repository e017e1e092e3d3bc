package cn.evpark.pile;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.YkcCommandException;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The remote operations of the pile list (manual 4.3): 重启, 同步时间, 桩二维码下发, 枪二维码下发, and 升锁 / 降锁 of a
 * bay's ground lock (parking.md §1), each for a pile the caller may change; and the 运营状态 a pile is
 * given at its login.
 *
 * <p>Each returns the command's stage, completed when the pile has answered. It fails with {@link
 * PileOfflineException} at once for an offline pile, with {@link PileNoAnswerException} when the
 * pile does not answer, and with {@link PileCommandFailedException} when the command is lost
 * otherwise. A pile the caller may not change raises {@code NotFoundException} or {@code
 * AccessDeniedException} before anything is sent.
 */
@Stateless
public class PileOperations {

  private static final Logger LOG = Logger.getLogger(PileOperations.class.getName());

  @EJB PileService piles;
  @EJB PileCommands commands;
  @EJB PileQrCodes qrCodes;

  /** 重启 (0x92): completes when the pile has acknowledged the reboot. */
  public CompletionStage<Void> restart(long pileId) {
    PileCode code = piles.getForChange(pileId).getCode();
    return answered(code, commands.restart(code), reply -> null);
  }

  /**
   * 同步时间 (0x56): completes with the time the pile reports it set, on its clock (China local time,
   * ykc-protocol.md §3.1).
   */
  public CompletionStage<LocalDateTime> syncTime(long pileId) {
    PileCode code = piles.getForChange(pileId).getCode();
    return answered(
        code, commands.syncTime(code), reply -> ((TimeSyncReply) reply).time().toLocalDateTime());
  }

  /** 桩二维码下发: the screen shows the pile's QR code, {@link PileQrCodes#pilePrefix()} + code. */
  public CompletionStage<Void> pushPileQrCode(long pileId) {
    PileCode code = piles.getForChange(pileId).getCode();
    return answered(code, commands.pushQrPrefix(code, qrCodes.pilePrefix()), reply -> null);
  }

  /** 枪二维码下发: the screen shows one QR code per gun, {@link PileQrCodes#gunPrefix()}. */
  public CompletionStage<Void> pushGunQrCodes(long pileId) {
    PileCode code = piles.getForChange(pileId).getCode();
    return answered(code, commands.pushQrPrefix(code, qrCodes.gunPrefix()), reply -> null);
  }

  /**
   * 升锁 / 降锁 (0x62): completes when the pile reports the ground lock at the gun's bay moved; fails
   * with {@link GroundLockRefusedException} when it reports the lock did not (a vehicle in the bay
   * stops a lock from rising).
   *
   * @param gun from 1
   * @throws cn.evpark.shared.NotFoundException {@code pile.gun.notFound} for a gun the pile does
   *     not have, before anything is sent
   */
  public CompletionStage<Void> moveGroundLock(long pileId, int gun, boolean raise) {
    Pile pile = piles.getForChange(pileId);
    pile.requireGun(gun);
    PileCode code = pile.getCode();
    return answered(
        code,
        commands.moveGroundLock(code, gun, raise),
        reply -> {
          if (!reply.success()) {
            throw new CompletionException(new GroundLockRefusedException(code, gun));
          }
          return null;
        });
  }

  /**
   * Puts a pile that just logged in into the service state of its 运营状态 (0x52): every login, so a
   * change made while it was offline reaches it, and a replaced pile gets the platform's word.
   */
  public void applyOperatingStatusAtLogin(Pile pile) {
    PileCode code = pile.getCode();
    commands
        .setOutOfService(code, !pile.isEnabled())
        .whenComplete(
            (reply, failure) -> {
              if (failure == null) {
                return;
              }
              // Gone again before this ran (common when many piles reconnect at once): its next
              // login applies it.
              Level level =
                  unwrap(failure) instanceof cn.evpark.ykc.api.PileOfflineException
                      ? Level.FINE
                      : Level.WARNING;
              LOG.log(
                  level, () -> "pile " + code.value() + ": 运营状态 not applied at login: " + failure);
            });
  }

  /**
   * The command's stage in the domain's terms: the reply read by {@code result}, the adapter's
   * failures (which it reports through the stage, never by throwing) as this package's exceptions.
   */
  private static <R extends PileMessage, T> CompletionStage<T> answered(
      PileCode code, CompletionStage<R> command, Function<? super R, T> result) {
    return command.handle(
        (reply, failure) -> {
          if (failure != null) {
            Throwable cause = unwrap(failure);
            throw new CompletionException(
                cause instanceof YkcCommandException ykc ? inDomainTerms(code, ykc) : cause);
          }
          return result.apply(reply);
        });
  }

  private static RuntimeException inDomainTerms(PileCode code, YkcCommandException failure) {
    if (failure instanceof cn.evpark.ykc.api.PileOfflineException) {
      return new PileOfflineException(code, failure.getMessage());
    }
    if (failure instanceof CommandTimeoutException) {
      return new PileNoAnswerException(code, failure.getMessage());
    }
    return new PileCommandFailedException(code, failure.getMessage());
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
