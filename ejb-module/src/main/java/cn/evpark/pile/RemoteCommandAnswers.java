package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Waits for a remote command's answer in the background and records it, so that no page request
 * waits for a pile (issue 13).
 *
 * <p>Blocks one of the container's asynchronous threads per command until the stage completes: the
 * adapter always ends a command within its retries (ykc-protocol.md §11.4, 3 × 10 s by default),
 * staff send few, and the waiting thread is the container's, never an event loop.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemoteCommandAnswers {

  private static final Logger LOG = Logger.getLogger(RemoteCommandAnswers.class.getName());

  /** A backstop far beyond the adapter's own retries, which always end a command. */
  static final long WAIT_MINUTES = 5;

  @EJB RemoteCommandLog log;

  /**
   * Records how the command's stage ends: {@link RemoteCommandLog#answered} with 同步时间's time, or
   * {@link RemoteCommandLog#failed} with the domain exception ({@link PileOfflineException}, {@link
   * PileNoAnswerException}, {@link PileCommandFailedException}) it failed with.
   *
   * @param commandId the {@link RemoteCommand}'s id, committed
   * @param pile the pile the command went to
   * @param answer the stage of {@link PileOperations}, in the domain's terms
   */
  @Asynchronous
  public void record(long commandId, PileCode pile, CompletionStage<?> answer) {
    try {
      Object result = answer.toCompletableFuture().get(WAIT_MINUTES, TimeUnit.MINUTES);
      log.answered(commandId, result instanceof LocalDateTime time ? time : null);
    } catch (ExecutionException e) {
      log.failed(commandId, inDomainTerms(pile, e.getCause()));
    } catch (TimeoutException e) {
      log.failed(commandId, new PileNoAnswerException(pile, "no answer"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.failed(commandId, new PileNoAnswerException(pile, "interrupted"));
    }
  }

  private static DomainException inDomainTerms(PileCode pile, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof DomainException domain) {
      return domain;
    }
    LOG.log(Level.WARNING, "command to pile " + pile.value() + " failed", cause);
    return new PileCommandFailedException(pile, String.valueOf(cause));
  }
}
