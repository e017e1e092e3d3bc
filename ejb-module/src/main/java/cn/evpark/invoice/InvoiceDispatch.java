package cn.evpark.invoice;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands invoice batches to the {@link TaxPlatform} and records its answers (money.md §8). No
 * database transaction is open during a call to the platform: the batch is read in one, the answer
 * recorded in another, so a slow platform holds no row lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoiceDispatch {

  private static final Logger LOG = Logger.getLogger(InvoiceDispatch.class.getName());

  /** What became of one batch in a round. */
  public enum Result {
    /** Sent, or issued. */
    DONE,
    /** Refused or failed at the platform. */
    FAILED,
    /** The platform could not be reached, or is not finished: the next run asks again. */
    WAITING
  }

  @EJB InvoiceBatches batches;
  @Inject TaxPlatform platform;

  /** Sends a pending batch. */
  public Result send(long batchId) {
    TaxSubmission submission = batches.submission(batchId);
    try {
      platform.submit(submission);
    } catch (TaxPlatformRefusedException e) {
      batches.refused(batchId, e.getMessage());
      return Result.FAILED;
    } catch (TaxPlatformUnavailableException e) {
      LOG.log(Level.WARNING, "invoice batch " + submission.batchNo() + " waits: " + e.getMessage());
      return Result.WAITING;
    }
    batches.sent(batchId);
    return Result.DONE;
  }

  /** Asks what became of a sent batch, and records it. */
  public Result check(long batchId) {
    String batchNo = InvoiceBatch.batchNo(batchId);
    TaxPlatform.Outcome outcome;
    try {
      outcome = platform.outcome(batchNo);
    } catch (TaxPlatformUnavailableException e) {
      LOG.log(Level.WARNING, "invoice batch " + batchNo + " not checked: " + e.getMessage());
      return Result.WAITING;
    }
    return switch (batches.outcome(batchId, outcome)) {
      case ISSUED -> Result.DONE;
      case FAILED -> Result.FAILED;
      default -> Result.WAITING;
    };
  }
}
