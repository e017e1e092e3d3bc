package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The transaction-record batcher, its worker run by the test. */
class TransactionRecordBatcherTest {

  static final PileCode PILE = PileCode.of("32010200000001");

  final RecordingPlatform platform = new RecordingPlatform();
  final ManualWorkScheduler workers = new ManualWorkScheduler();
  final ActiveWork activeWork = new ActiveWork();
  final TransactionRecordBatcher batcher =
      new TransactionRecordBatcher(5, 2, 1, platform, workers, activeWork);

  /** What each record's answer was told, by the record's number. */
  final Map<Integer, Object> outcomes = new ConcurrentHashMap<>();

  /** A stand-in message; the batcher never looks inside. */
  static PileEvent record(int n) {
    return record(PILE, n);
  }

  static PileEvent record(PileCode pile, int n) {
    return new PileEvent(
        pile,
        YkcFrame.of(Sequence.ofLittleEndian(n), new Heartbeat(pile, n, Code.of(GunHealth.NORMAL))),
        Instant.EPOCH,
        1,
        "test");
  }

  static int number(PileEvent event) {
    return ((Heartbeat) event.message()).gun();
  }

  boolean offer(int n) {
    return batcher.offer(new TransactionRecordBatcher.Pending(record(n), answerTo(n)));
  }

  /** An answer that notes its record's outcome in {@link #outcomes}. */
  TransactionRecordBatcher.Answer answerTo(int n) {
    return new TransactionRecordBatcher.Answer() {
      @Override
      public void answered(Optional<PlatformMessage> reply) {
        outcomes.put(n, reply.orElseThrow());
      }

      @Override
      public void failed(RuntimeException cause) {
        outcomes.put(n, cause);
      }
    };
  }

  {
    platform.answers = event -> Optional.of(HeartbeatReply.to((Heartbeat) event.message()));
  }

  @Test
  void offer_idle_deliversTheRecordAloneAtOnce() {
    offer(1);

    workers.runAll();

    assertThat(platform.recordBatches).extracting(List::size).containsExactly(1);
    assertThat(outcomes.get(1)).isInstanceOf(HeartbeatReply.class);
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void recordsArrivingDuringADelivery_goTogetherInTheNext_atMostTheMaximum() {
    offer(1);
    offer(2);
    offer(3);
    offer(4);
    offer(5);

    workers.runAll();

    assertThat(platform.recordBatches).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(platform.recordBatches.stream().flatMap(List::stream))
        .extracting(TransactionRecordBatcherTest::number)
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(outcomes)
        .hasSize(5)
        .allSatisfy((n, o) -> assertThat(o).isNotInstanceOf(Exception.class));
    assertThat(batcher.queued()).isZero();
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void offer_whileAWorkerIsPending_startsNoSecond() {
    offer(1);
    offer(2);

    assertThat(workers.pending()).isEqualTo(1);
  }

  @Test
  void offer_queueFull_refusesTheRecord() {
    for (int n = 1; n <= 5; n++) {
      assertThat(offer(n)).isTrue();
    }

    assertThat(offer(6)).isFalse();
    assertThat(batcher.queued()).isEqualTo(5);
  }

  @Test
  void aFailingBatch_isDeliveredAgainOneByOne_andOnlyTheBadRecordStaysUnanswered() {
    List<Integer> calls = new ArrayList<>();
    platform.answers =
        event -> {
          calls.add(number(event));
          if (number(event) == 2) {
            throw new IllegalStateException("record 2 cannot be stored");
          }
          return Optional.of(HeartbeatReply.to((Heartbeat) event.message()));
        };
    offer(1);
    offer(2);
    offer(3);

    workers.runAll();

    assertThat(outcomes.get(1)).isInstanceOf(HeartbeatReply.class);
    assertThat(outcomes.get(2)).isInstanceOf(IllegalStateException.class);
    assertThat(outcomes.get(3)).isInstanceOf(HeartbeatReply.class);
    // 1+2 together fails at 2; then 1 alone and 2 alone; then 3
    assertThat(calls).containsExactly(1, 2, 1, 2, 3);
  }

  @Test
  void platformUnavailable_leavesTheWholeBatchUnanswered_withoutRetries() {
    platform.failure = new PlatformUnavailableException("no endpoint");
    offer(1);
    offer(2);
    offer(3);

    workers.runAll();

    assertThat(outcomes.values())
        .hasSize(3)
        .allMatch(PlatformUnavailableException.class::isInstance);
    assertThat(platform.recordBatches).isEmpty();
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void twoWorkers_deliverTwoBatchesAtATime_andStartNoThird() {
    TransactionRecordBatcher two =
        new TransactionRecordBatcher(10, 2, 2, platform, workers, activeWork);
    for (int n = 1; n <= 5; n++) {
      two.offer(new TransactionRecordBatcher.Pending(record(n), answerTo(n)));
    }

    assertThat(workers.pending()).isEqualTo(2);
    workers.runAll();

    assertThat(platform.recordBatches).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(outcomes)
        .hasSize(5)
        .allSatisfy((n, o) -> assertThat(o).isInstanceOf(HeartbeatReply.class));
    assertThat(two.queued()).isZero();
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void twoWorkers_neverPutOnePilesRecordsInTwoBatchesAtOnce() throws Exception {
    PileCode other = PileCode.of("32010200000002");
    CountDownLatch firstBatchIn = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    Platform blocking =
        new BatchesOnly() {
          @Override
          public List<Optional<PlatformMessage>> transactionRecords(List<PileEvent> batch) {
            batches.add(batch.stream().map(TransactionRecordBatcherTest::number).toList());
            if (batches.size() == 1) {
              firstBatchIn.countDown();
              await(releaseFirst);
            }
            return batch.stream()
                .map(e -> Optional.<PlatformMessage>of(HeartbeatReply.to((Heartbeat) e.message())))
                .toList();
          }
        };
    TransactionRecordBatcher two =
        new TransactionRecordBatcher(
            10, 10, 2, blocking, work -> new Thread(work).start(), activeWork);
    CountDownLatch otherAnswered = new CountDownLatch(1);
    CountDownLatch allAnswered = new CountDownLatch(4);

    two.offer(pending(PILE, 1, allAnswered));
    await(firstBatchIn);
    two.offer(pending(PILE, 2, allAnswered));
    two.offer(pending(other, 3, allAnswered, otherAnswered));
    two.offer(pending(PILE, 4, allAnswered));
    // the second worker takes the other pile's record and leaves the first pile's queued
    await(otherAnswered);
    assertThat(batches).containsExactly(List.of(1), List.of(3));
    assertThat(two.queued()).isEqualTo(2);

    releaseFirst.countDown();
    await(allAnswered);

    assertThat(batches).containsExactly(List.of(1), List.of(3), List.of(2, 4));
    assertThat(outcomes)
        .hasSize(4)
        .allSatisfy((n, o) -> assertThat(o).isInstanceOf(HeartbeatReply.class));
  }

  /** Record {@code n} of {@code pile}, whose answer is noted and counts down {@code latches}. */
  TransactionRecordBatcher.Pending pending(PileCode pile, int n, CountDownLatch... latches) {
    TransactionRecordBatcher.Answer noted = answerTo(n);
    return new TransactionRecordBatcher.Pending(
        record(pile, n),
        new TransactionRecordBatcher.Answer() {
          @Override
          public void answered(Optional<PlatformMessage> reply) {
            noted.answered(reply);
            Arrays.stream(latches).forEach(CountDownLatch::countDown);
          }

          @Override
          public void failed(RuntimeException cause) {
            noted.failed(cause);
            Arrays.stream(latches).forEach(CountDownLatch::countDown);
          }
        });
  }

  /** A platform handed nothing but transaction records. */
  abstract static class BatchesOnly implements Platform {
    @Override
    public Optional<PlatformMessage> handle(PileEvent event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Optional<PlatformMessage>> logins(List<PileEvent> batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sessionEvents(List<PileSessionEvent> batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void realTimeData(List<PileEvent> batch) {
      throw new UnsupportedOperationException();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not reached in 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
