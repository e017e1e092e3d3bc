package cn.evpark.it;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.simulator.PileListener;
import cn.evpark.ykc.simulator.VirtualPile;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The transaction records (0x3B) piles sent and the acknowledgements (0x40) they got, as the piles
 * saw them: listen to every pile of a test with one instance. A record is named by its key {@code
 * <pile code>:<transaction serial>}, as in {@link Settlements}.
 */
public final class RecordTraffic implements PileListener {

  private final Map<String, TransactionRecord> records = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger copies = new AtomicInteger();
  private final AtomicReference<CountDownLatch> nextAcknowledgements =
      new AtomicReference<>(new CountDownLatch(0));

  /** The key of a record: {@code <pile code>:<transaction serial>}. */
  public static String key(PileCode pile, TransactionSerial serial) {
    return pile.value() + ":" + serial.value();
  }

  @Override
  public void sent(VirtualPile pile, YkcFrame frame) {
    if (frame.message() instanceof TransactionRecord record) {
      records.putIfAbsent(key(pile.code(), record.transactionSerial()), record);
      copies.incrementAndGet();
    }
  }

  @Override
  public void received(VirtualPile pile, YkcFrame frame) {
    if (frame.message() instanceof TransactionRecordAck ack) {
      acknowledged.add(key(pile.code(), ack.transactionSerial()));
      nextAcknowledgements.get().countDown();
    }
  }

  /** A latch that opens after {@code count} more acknowledgements, of any records. */
  public CountDownLatch countAcknowledgements(int count) {
    CountDownLatch latch = new CountDownLatch(count);
    nextAcknowledgements.set(latch);
    return latch;
  }

  /** Every record sent so far, by key: its first copy. */
  public Map<String, TransactionRecord> records() {
    return Map.copyOf(records);
  }

  /** The keys of the records sent and not acknowledged yet. */
  public Set<String> unacknowledged() {
    Set<String> open = new HashSet<>(records.keySet());
    open.removeAll(acknowledged);
    return open;
  }

  /** How many copies of records were sent, first sends and re-sends. */
  public int copiesSent() {
    return copies.get();
  }
}
