package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real-time batcher, its worker run by the test. */
class RealTimeBatcherTest {

  static final PileCode PILE = PileCode.of("32010200000001");

  final RecordingPlatform platform = new RecordingPlatform();
  final ManualWorkScheduler workers = new ManualWorkScheduler();
  final ActiveWork activeWork = new ActiveWork();
  final RealTimeBatcher batcher = new RealTimeBatcher(5, 2, platform, workers, activeWork);

  static PileEvent frame(int n) {
    return new PileEvent(
        PILE,
        YkcFrame.of(Sequence.ofLittleEndian(n), new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL))),
        Instant.EPOCH,
        1,
        "test");
  }

  void offer(int count) {
    for (int i = 0; i < count; i++) {
      batcher.offer(frame(i));
    }
  }

  @Test
  void flush_deliversWhatWasCollected_inOrderAndInBatchesOfAtMostTheMaximum() {
    offer(5);

    batcher.flush();
    workers.runAll();

    assertThat(platform.realTimeBatches).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(platform.realTimeBatches.stream().flatMap(List::stream))
        .containsExactly(frame(0), frame(1), frame(2), frame(3), frame(4));
    assertThat(batcher.queued()).isZero();
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void offer_queueFull_dropsTheFrameAndCountsIt() {
    offer(6);

    assertThat(batcher.dropped()).isEqualTo(1);
    assertThat(batcher.queued()).isEqualTo(5);
  }

  @Test
  void flush_nothingCollected_startsNoWorker() {
    batcher.flush();

    assertThat(workers.pending()).isZero();
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void flush_whileABatchWaitsForItsWorker_startsNoSecondWorker() {
    offer(1);
    batcher.flush();
    offer(1);

    batcher.flush();

    assertThat(workers.pending()).isEqualTo(1);
    workers.runAll();
    assertThat(platform.realTimeBatches).extracting(List::size).containsExactly(2);
  }

  @Test
  void flush_platformFails_countsTheFramesAndTheNextFlushDeliversAgain() {
    platform.failure = new PlatformUnavailableException("no endpoint");
    offer(3);
    batcher.flush();
    workers.runAll();
    assertThat(batcher.failed()).isEqualTo(3);

    platform.failure = null;
    offer(1);
    batcher.flush();
    workers.runAll();

    assertThat(platform.realTimeBatches).extracting(List::size).containsExactly(1);
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void flush_noWorkerTakesTheDelivery_keepsTheFramesForTheNextFlush() {
    offer(2);
    workers.refuse(true);
    batcher.flush();
    assertThat(activeWork.active()).isZero();

    workers.refuse(false);
    batcher.flush();
    workers.runAll();

    assertThat(platform.realTimeBatches).extracting(List::size).containsExactly(2);
  }
}
