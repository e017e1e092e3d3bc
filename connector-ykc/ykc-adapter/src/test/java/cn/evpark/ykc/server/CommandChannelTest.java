package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcCommandException;
import cn.evpark.ykc.api.YkcMetrics;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteRebootReply;
import cn.evpark.ykc.protocol.message.RemoteStop;
import cn.evpark.ykc.protocol.message.RemoteStopResult;
import cn.evpark.ykc.protocol.message.StopFailureReason;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import cn.evpark.ykc.protocol.message.WorkParametersReply;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The command state machine on an embedded event loop whose ticker the tests advance: each timeout
 * fires exactly when due, and a write that did not happen is absent from {@link #written}.
 */
class CommandChannelTest {

  static final PileCode PILE = PileCode.of("32010200000001");
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  final MockTicker ticker = Ticker.newMockTicker();
  final EmbeddedChannel loop = EmbeddedChannel.builder().ticker(ticker).build();
  final List<PlatformMessage> written = new ArrayList<>();
  final Counters counters = new Counters();
  final CommandChannel commands =
      new CommandChannel(
          PILE, loop.eventLoop(), written::add, new CommandPolicy(TIMEOUT, 3), 2, counters);

  @AfterEach
  void closeLoop() {
    loop.finishAndReleaseAll();
  }

  void pass(Duration duration) {
    ticker.advance(duration.toNanos(), TimeUnit.NANOSECONDS);
    loop.runPendingTasks();
  }

  CompletableFuture<PileMessage> submit(PlatformMessage command) {
    CompletableFuture<PileMessage> result = new CompletableFuture<>();
    commands.submit(command, result);
    return result;
  }

  YkcMetrics metrics() {
    return counters.snapshot(0, 0, 0);
  }

  static RemoteReboot reboot() {
    return new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY);
  }

  @Test
  void submit_whileACommandIsInFlight_waitsForItsReply() {
    CompletableFuture<PileMessage> first = submit(reboot());
    CompletableFuture<PileMessage> second = submit(new RemoteStop(PILE, 1));

    assertThat(written).containsExactly(reboot());
    assertThat(commands.offerReply(new RemoteRebootReply(PILE, true))).isTrue();

    assertThat(first).isCompletedWithValue(new RemoteRebootReply(PILE, true));
    assertThat(written).containsExactly(reboot(), new RemoteStop(PILE, 1));
    assertThat(second).isNotDone();
  }

  @Test
  void offerReply_ofAnotherTypeOrGun_leavesTheCommandInFlight() {
    CompletableFuture<PileMessage> stop = submit(new RemoteStop(PILE, 1));

    assertThat(commands.offerReply(new RemoteRebootReply(PILE, true))).isFalse();
    assertThat(
            commands.offerReply(
                new RemoteStopResult(PILE, 2, true, Code.of(StopFailureReason.NONE))))
        .isFalse();
    assertThat(commands.offerReply(new WorkParametersReply(PILE, true))).isFalse();

    assertThat(stop).isNotDone();
    assertThat(
            commands.offerReply(
                new RemoteStopResult(PILE, 1, true, Code.of(StopFailureReason.NONE))))
        .isTrue();
    assertThat(stop).isCompleted();
  }

  @Test
  void unansweredRetriedCommand_isResentAtEachTimeout_thenFailsWithTimeout() {
    CompletableFuture<PileMessage> result = submit(reboot());

    pass(TIMEOUT.minusNanos(1));
    assertThat(written).hasSize(1);
    pass(Duration.ofNanos(1));
    assertThat(written).hasSize(2);
    pass(TIMEOUT);
    assertThat(written).hasSize(3);
    pass(TIMEOUT.minusNanos(1));
    assertThat(result).isNotDone();

    pass(Duration.ofNanos(1));

    assertThat(result)
        .isCompletedExceptionally()
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(CommandTimeoutException.class);
    assertThat(written).hasSize(3);
    assertThat(metrics().commandsSent()).isEqualTo(1);
    assertThat(metrics().commandsTimedOut()).isEqualTo(1);
  }

  @Test
  void unansweredRemoteStop_isNotResent_andFailsAfterOneTimeout() {
    CompletableFuture<PileMessage> stop = submit(new RemoteStop(PILE, 1));
    CompletableFuture<PileMessage> next = submit(reboot());

    pass(TIMEOUT);

    assertThat(stop).isCompletedExceptionally();
    assertThat(written).containsExactly(new RemoteStop(PILE, 1), reboot());
    assertThat(next).isNotDone();
  }

  @Test
  void offerReply_recordsTheLatencyFromTheFirstTryOnTheEventLoopsTicker() {
    submit(reboot());
    pass(TIMEOUT);
    pass(Duration.ofMillis(250));

    commands.offerReply(new RemoteRebootReply(PILE, true));

    assertThat(metrics().commandLatency().count()).isEqualTo(1);
    assertThat(metrics().commandLatency().max()).isEqualTo(10_250.0);
  }

  @Test
  void submit_beyondTheWaitingCapacity_failsWithoutSending() {
    submit(reboot());
    submit(reboot());
    submit(reboot());

    CompletableFuture<PileMessage> fourth = submit(reboot());

    assertThat(fourth)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(YkcCommandException.class);
    assertThat(written).hasSize(1);
    assertThat(commands.queued()).isEqualTo(3);
  }

  @Test
  void close_failsEveryCommandAsOffline_andNoTimerFiresAfterwards() {
    CompletableFuture<PileMessage> inFlight = submit(reboot());
    CompletableFuture<PileMessage> waiting = submit(reboot());

    commands.close();
    pass(TIMEOUT.multipliedBy(3));

    assertThat(List.of(inFlight, waiting))
        .allSatisfy(
            result ->
                assertThat(result)
                    .failsWithin(Duration.ZERO)
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(PileOfflineException.class));
    assertThat(written).hasSize(1);
    assertThat(metrics().commandsTimedOut()).isZero();
    assertThat(submit(reboot())).isCompletedExceptionally();
  }

  static TimeSync timeSync() {
    return new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2026, 11, 25, 10, 0)));
  }

  /** Issue 14: an unanswered time sync holds no other command back for its retry cycle. */
  @Test
  void unansweredTimeSync_goesBesideTheQueue_andACommandAfterItIsSentAtOnce() {
    CompletableFuture<PileMessage> sync = submit(timeSync());
    CompletableFuture<PileMessage> reboot = submit(reboot());

    assertThat(written).containsExactly(timeSync(), reboot());
    assertThat(commands.offerReply(new RemoteRebootReply(PILE, true))).isTrue();
    assertThat(reboot).isCompletedWithValue(new RemoteRebootReply(PILE, true));
    assertThat(sync).isNotDone();
  }

  @Test
  void timeSyncBesideACommandInFlight_takesOnlyItsOwnReply_andIsRetriedOnItsOwnTimer() {
    CompletableFuture<PileMessage> stop = submit(new RemoteStop(PILE, 1));
    CompletableFuture<PileMessage> sync = submit(timeSync());

    pass(TIMEOUT);

    assertThat(written)
        .extracting(PlatformMessage::type)
        .containsExactly(FrameType.REMOTE_STOP, FrameType.TIME_SYNC, FrameType.TIME_SYNC);
    assertThat(stop).failsWithin(Duration.ZERO);
    TimeSyncReply reply = new TimeSyncReply(PILE, timeSync().time());
    assertThat(commands.offerReply(reply)).isTrue();
    assertThat(sync).isCompletedWithValue(reply);
  }

  @Test
  void secondTimeSync_whileOneIsUnderWay_joinsIt_andFailsWithIt() {
    CompletableFuture<PileMessage> first = submit(timeSync());
    CompletableFuture<PileMessage> second = submit(timeSync());

    pass(TIMEOUT);
    pass(TIMEOUT);
    pass(TIMEOUT);

    assertThat(written).hasSize(3);
    assertThat(first)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(CommandTimeoutException.class);
    assertThat(second)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(CommandTimeoutException.class);
    assertThat(metrics().commandsTimedOut()).isEqualTo(1);
  }

  @Test
  void timeSyncUnderWay_failsAsOffline_whenTheConnectionCloses() {
    CompletableFuture<PileMessage> sync = submit(timeSync());

    commands.close();
    pass(TIMEOUT);

    assertThat(sync)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PileOfflineException.class);
    assertThat(written).hasSize(1);
  }
}
