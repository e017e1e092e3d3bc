package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the {@link RemoteCommand} rows: one when a command goes out, its outcome when its stage
 * completes. Checks no scope: {@link RemoteCommands} checked the pile before opening a row, and the
 * outcome is the pile's own answer.
 */
@Stateless
public class RemoteCommandLog {

  private static final Logger LOG = Logger.getLogger(RemoteCommandLog.class.getName());

  @PersistenceContext EntityManager em;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * Records a command going out, committed before the command is sent so that its answer, which may
   * come at once, always finds the row.
   *
   * @param gun the gun of a ground-lock command, else null
   * @return the command's id
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long open(long pileId, RemoteCommandKind kind, Integer gun, String sentBy) {
    Pile pile = em.find(Pile.class, pileId);
    RemoteCommand command =
        new RemoteCommand(
            pile.operatorId(), pileId, pile.getCode(), kind, gun, sentBy, LocalDateTime.now(clock));
    em.persist(command);
    em.flush(); // the identity id
    return command.getId();
  }

  /**
   * Records the pile's answer.
   *
   * @param pileTime 同步时间's answer, else null
   */
  public void answered(long id, LocalDateTime pileTime) {
    find(id).ifPresent(c -> c.answered(pileTime, LocalDateTime.now(clock)));
  }

  /** Records a command that ended without an answer, by the domain exception it failed with. */
  public void failed(long id, DomainException failure) {
    find(id).ifPresent(c -> c.failed(failure.code(), LocalDateTime.now(clock)));
  }

  private Optional<RemoteCommand> find(long id) {
    RemoteCommand command = em.find(RemoteCommand.class, id);
    if (command == null) {
      // its pile was deleted while the command waited: the rows went with it
      LOG.log(Level.FINE, () -> "remote command " + id + " is gone");
    }
    return Optional.ofNullable(command);
  }
}
