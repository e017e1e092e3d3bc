package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The remote operations of the pile list (manual 4.3) for pages, which never wait for a pile: a
 * command is recorded as a {@link RemoteCommand} and sent, and the page reads its state until the
 * answer is in (issue 13). The API, which is request/response, waits on {@link PileOperations}'
 * stages instead.
 *
 * <p>The outcome is in the row, not in memory, so a page may read it on any instance.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemoteCommands {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @EJB CallerScope callers;
  @EJB PileService piles;
  @EJB PileOperations operations;
  @EJB RemoteCommandLog log;
  @EJB RemoteCommandAnswers answers;

  /**
   * Sends a command to a pile the caller may change and returns at once; the answer is recorded
   * when it comes ({@link RemoteCommandAnswers}).
   *
   * @param kind a command to the whole pile, not {@code LOCK_RAISE} or {@code LOCK_LOWER}
   * @return the command's id, for {@link #find}
   * @throws cn.evpark.shared.NotFoundException when the pile is not in the caller's scope (nothing
   *     is recorded or sent)
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public long send(long pileId, RemoteCommandKind kind) {
    return send(
        pileId,
        kind,
        null,
        () ->
            switch (kind) {
              case RESTART -> operations.restart(pileId);
              case TIME_SYNC -> operations.syncTime(pileId);
              case PILE_QR_PUSH -> operations.pushPileQrCode(pileId);
              case GUN_QR_PUSH -> operations.pushGunQrCodes(pileId);
              case LOCK_RAISE, LOCK_LOWER ->
                  throw new IllegalArgumentException(kind + " names a gun: use moveGroundLock");
            });
  }

  /**
   * Raises (升锁) or lowers (降锁) the ground lock at a gun's bay and returns at once, as {@link
   * #send}. The pile's refusal (its lock did not move) is recorded as {@code pile.lock.refused}.
   *
   * @param gun from 1
   * @throws cn.evpark.shared.NotFoundException {@code pile.gun.notFound} for a gun the pile does
   *     not have (nothing is sent), or as {@link #send}
   */
  public long moveGroundLock(long pileId, int gun, boolean raise) {
    return send(
        pileId,
        raise ? RemoteCommandKind.LOCK_RAISE : RemoteCommandKind.LOCK_LOWER,
        gun,
        () -> operations.moveGroundLock(pileId, gun, raise));
  }

  private long send(
      long pileId, RemoteCommandKind kind, Integer gun, Supplier<CompletionStage<?>> command) {
    Pile pile = piles.getForChange(pileId);
    if (gun != null) {
      pile.requireGun(gun);
    }
    long id = log.open(pileId, kind, gun, context.getCallerPrincipal().getName());
    CompletionStage<?> answer;
    try {
      answer = command.get();
    } catch (DomainException refused) {
      log.failed(id, refused);
      throw refused;
    }
    answers.record(id, pile.getCode(), answer);
    return id;
  }

  /**
   * The commands of these ids the caller may see, the newest first; ids of other operators' or
   * deleted piles are left out.
   */
  public List<RemoteCommand> find(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return ScopedQuery.in(callers.current(), em)
        .from(RemoteCommand.class, "c")
        .where("c.id in :ids")
        .orderBy("c.id desc")
        .select("c", RemoteCommand.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
