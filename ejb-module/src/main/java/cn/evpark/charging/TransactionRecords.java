package cn.evpark.charging;

import static java.util.stream.Collectors.toSet;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.TransactionAckResult;
import cn.evpark.ykc.protocol.message.TransactionBill;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The transaction records piles send (ykc-protocol.md §7.7, §11.4): each is stored and its order
 * settled ({@link Settlement}) before it is acknowledged, once per pile and serial; every copy is
 * acknowledged, so the pile stops re-sending, and a copy never becomes a second bill. Records
 * arrive in batches of any piles, one transaction per batch.
 */
@Stateless
public class TransactionRecords {

  private static final Logger LOG = Logger.getLogger(TransactionRecords.class.getName());

  @PersistenceContext EntityManager em;
  @EJB Settlement settlement;
  @EJB PileService piles;

  /**
   * Stores the new records of a batch, settles their orders and answers every record, in the
   * caller's transaction; the adapter writes the answers once it has committed.
   *
   * <p>The answer is "received" for every copy of a bill, also for a copy in the same batch; the
   * first copy stands, and a later copy with other contents is logged, never billed. A record of a
   * registered pile is stored settled, since its order is settled in the same transaction; a record
   * stored while it could not be settled (its pile was unregistered) is settled when a copy comes
   * again. "Invalid" answers only a record no one could ever settle (no transaction serial).
   *
   * @param batch events whose messages are transaction records, 0x3B or V1.7's 0x3D ({@link
   *     TransactionBill}), oldest first; both settle alike, keyed by pile and serial
   * @return the 0x40 of each, in the order of {@code batch}
   */
  public List<TransactionRecordAck> receiveAll(List<PileEvent> batch) {
    List<TransactionRecord> records =
        batch.stream().map(e -> ((TransactionBill) e.message()).bill()).toList();
    Map<String, PileTransactionRecord> stored = storedOf(records);
    Map<PileCode, Pile> registered =
        piles.findForCharging(
            records.stream()
                .filter(r -> !r.transactionSerial().isNone())
                .map(TransactionRecord::pileCode)
                .collect(toSet()));
    Set<String> settling = new HashSet<>();
    List<Settlement.Bill> bills = new ArrayList<>();
    List<TransactionRecordAck> acks = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      PileEvent event = batch.get(i);
      TransactionRecord record = records.get(i);
      if (record.transactionSerial().isNone()) {
        LOG.warning(
            () -> "pile " + record.pileCode() + " sent a transaction record without serial");
        acks.add(
            new TransactionRecordAck(
                record.transactionSerial(), TransactionAckResult.INVALID_BILL));
        continue;
      }
      String hex = HexFormat.of().withUpperCase().formatHex(event.rawFrame());
      LocalDateTime now = BusinessCalendar.toStored(event.receivedAt());
      String key = key(record);
      PileTransactionRecord first = stored.get(key);
      boolean payable = registered.containsKey(record.pileCode());
      if (first == null) {
        first = newRecord(record, hex, now);
        if (payable) {
          // settled below, in this transaction: stored so, rather than inserted and then updated
          first.markSettled();
          bills.add(new Settlement.Bill(first, record));
        } else {
          LOG.warning(
              () -> "transaction record of unregistered pile " + record.pileCode() + " kept");
        }
        em.persist(first);
        stored.put(key, first);
        settling.add(key);
      } else {
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
        } else if (!first.isSettled() && payable && settling.add(key)) {
          first.markSettled();
          bills.add(new Settlement.Bill(first, record));
        }
      }
      acks.add(new TransactionRecordAck(record.transactionSerial(), TransactionAckResult.RECEIVED));
    }
    // The records before their orders, which refer to them by id (a foreign key JPA does not see).
    em.flush();
    settlement.settleAll(bills, registered);
    // Every row written here, so a broken constraint fails this call, not a commit after it.
    em.flush();
    return acks;
  }

  /** The stored first copy of a record, if any. */
  public Optional<PileTransactionRecord> find(TransactionRecord record) {
    return Optional.ofNullable(storedOf(List.of(record)).get(key(record)));
  }

  /** The stored first copies of {@code records}, by {@link #key}, in one query. */
  private Map<String, PileTransactionRecord> storedOf(List<TransactionRecord> records) {
    Map<String, PileTransactionRecord> stored = new HashMap<>();
    Set<TransactionSerial> serials = new HashSet<>();
    records.stream()
        .map(TransactionRecord::transactionSerial)
        .filter(serial -> !serial.isNone())
        .forEach(serials::add);
    if (serials.isEmpty()) {
      return stored;
    }
    em.createQuery(
            "select r from PileTransactionRecord r where r.transactionSerial in :serials",
            PileTransactionRecord.class)
        .setParameter("serials", serials)
        .getResultList()
        .forEach(r -> stored.put(r.getPileCode().value() + ":" + r.getTransactionSerial(), r));
    return stored;
  }

  /** A record's pile and serial: what makes it one bill (ykc-protocol.md §11.4). */
  private static String key(TransactionRecord record) {
    return record.pileCode().value() + ":" + record.transactionSerial();
  }

  private static PileTransactionRecord newRecord(
      TransactionRecord record, String hex, LocalDateTime now) {
    return new PileTransactionRecord(
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
  }

  /** A pile's local time as stored UTC; none for the all-zero time of a failed start. */
  private static LocalDateTime utc(Cp56Time2a time) {
    return time.localDateTime()
        .map(local -> BusinessCalendar.toStored(local.atZone(BusinessCalendar.ZONE).toInstant()))
        .orElse(null);
  }
}
