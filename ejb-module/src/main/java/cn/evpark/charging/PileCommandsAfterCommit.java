package cn.evpark.charging;

import cn.evpark.pile.PileCommands;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.StopFailureReason;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * Sends an order's command to its pile once the order is committed, so a pile never charges for an
 * order that does not exist, and hands the pile's answer to {@link OrderAnswers} on a container
 * thread (the answer completes on the adapter's event loop, where no database work may run).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileCommandsAfterCommit {

  private static final Logger LOG = Logger.getLogger(PileCommandsAfterCommit.class.getName());

  @EJB PileCommands commands;
  @EJB OrderAnswers answers;
  @Resource ManagedExecutorService executor;

  public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCommand command) {
    try {
      switch (command.kind()) {
        case START ->
            commands
                .remoteStart(
                    new RemoteStart(
                        command.serial(),
                        command.pileCode(),
                        command.gun(),
                        LogicalCardNumber.NONE,
                        PhysicalCardNumber.NONE,
                        command.balance().yuan()))
                .whenCompleteAsync(
                    (result, failure) -> {
                      if (failure == null) {
                        answers.startAnswered(command.orderId(), result);
                      } else {
                        answers.startNotAnswered(command.orderId(), reason(failure));
                      }
                    },
                    executor);
        case STOP ->
            commands
                .remoteStop(command.pileCode(), command.gun())
                .whenCompleteAsync(
                    (result, failure) ->
                        answers.stopAnswered(
                            command.orderId(),
                            failure == null && result.success(),
                            failure == null
                                ? result
                                    .failureReason()
                                    .known()
                                    .map(StopFailureReason::description)
                                    .orElseGet(
                                        () -> "pile's own reason 0x" + result.failureReason().hex())
                                : reason(failure)),
                    executor);
      }
    } catch (RuntimeException e) {
      // the adapter gave no connection: the start failed, a stop stays charging
      LOG.warning(() -> "order " + command.orderId() + ": " + command.kind() + " not sent: " + e);
      if (command.kind() == OrderCommand.Kind.START) {
        answers.startNotAnswered(command.orderId(), reason(e));
      } else {
        answers.stopAnswered(command.orderId(), false, reason(e));
      }
    }
  }

  private static String reason(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return text.length() > 64 ? text.substring(0, 64) : text;
  }
}
