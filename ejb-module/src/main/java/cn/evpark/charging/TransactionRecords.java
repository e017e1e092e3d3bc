package cn.evpark.charging;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.message.TransactionAckResult;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The transaction records piles send (ykc-protocol.md §7.7, §11.4): each is stored and its order
 * settled ({@link Settlement}) before it is acknowledged, once per pile and serial; every copy is
 * acknowledged, so the pile stops re-sending, and a copy never becomes a second bill.
 */
@Stateless
public class TransactionRecords {

  private static final Logger LOG = Logger.getLogger(TransactionRecords.class.getName());

  @PersistenceContext EntityManager em;
  @EJB Settlement settlement;

  /**
   * Stores a record if it is new and answers the pile. The answer is "received" for every copy of a
   * bill; "invalid" only for a record no one could ever settle (no transaction serial).
   */
  public TransactionRecordAck receive(PileEvent event, TransactionRecord record) {
    if (record.transactionSerial().isNone()) {
      LOG.warning(() -> "pile " + record.pileCode() + " sent a transaction record without serial");
      return new TransactionRecordAck(
          record.transactionSerial(), TransactionAckResult.INVALID_BILL);
    }
    String hex = HexFormat.of().withUpperCase().formatHex(event.rawFrame());
    LocalDateTime now = BusinessCalendar.toStored(event.receivedAt());
    Optional<PileTransactionRecord> stored = find(record);
    if (stored.isPresent()) {
      PileTransactionRecord first = stored.get();
      first.copyReceived(now);
      if (!first.sameBillAs(hex)) {
        LOG.warning(
            () ->
                "pile "
                    + record.pileCode()
                    + " re-sent transaction "
                    + record.transactionSerial()
                    + " with different contents; the first copy stands: "
                    + hex);
      }
      if (!first.isSettled() && first.sameBillAs(hex)) {
        // stored while it could not be settled (its pile was unregistered): try again
        settlement.settle(first, record);
      }
    } else {
      PileTransactionRecord first =
          new PileTransactionRecord(
              record.pileCode(),
              record.gun(),
              record.transactionSerial(),
              hex,
              record.transactionType(),
              utc(record.startTime()),
              utc(record.endTime()),
              record.totalEnergy(),
              record.totalAmount(),
              record.stopReason(),
              now);
      em.persist(first);
      em.flush();
      settlement.settle(first, record);
    }
    return new TransactionRecordAck(record.transactionSerial(), TransactionAckResult.RECEIVED);
  }

  public Optional<PileTransactionRecord> find(TransactionRecord record) {
    return em.createQuery(
            "select r from PileTransactionRecord r"
                + " where r.pileCode = :pile and r.transactionSerial = :serial",
            PileTransactionRecord.class)
        .setParameter("pile", record.pileCode())
        .setParameter("serial", record.transactionSerial())
        .getResultStream()
        .findFirst();
  }

  /** A pile's local time as stored UTC; none for the all-zero time of a failed start. */
  private static LocalDateTime utc(Cp56Time2a time) {
    return time.localDateTime()
        .map(local -> BusinessCalendar.toStored(local.atZone(BusinessCalendar.ZONE).toInstant()))
        .orElse(null);
  }
}
