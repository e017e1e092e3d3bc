package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteRebootReply;
import cn.evpark.ykc.protocol.message.StartMethod;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import cn.evpark.ykc.protocol.message.YkcMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session state machine of {@code ykc-protocol.md §11} on EmbeddedChannels carrying the
 * server's own pipeline. Every timer runs on one mock ticker that the tests advance, the server's
 * clock follows it, and the platform's work runs only when {@link #settle} runs it: after {@code
 * settle} nothing is left to happen, so an answer or delivery that is absent did not happen.
 */
class PileConnectionTest {

  static final PileCode PILE = PileCode.of("32010200000001");
  static final PileCode UNKNOWN = PileCode.of("32010200009999");

  /** 10:00 in Shanghai, the pile's time zone. */
  static final Instant START = Instant.parse("2026-11-25T02:00:00Z");

  static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(30);
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(35);
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

  final MockTicker ticker = Ticker.newMockTicker();
  final RecordingPlatform platform = new RecordingPlatform();
  final ManualWorkScheduler workers = new ManualWorkScheduler();
  final List<EmbeddedChannel> channels = new ArrayList<>();
  ServerContext server = server(IDLE_TIMEOUT, Duration.ofHours(8));
  int nextSeq;

  PileConnectionTest() {
    platform.answers = PileConnectionTest::registry;
  }

  static Optional<PlatformMessage> registry(PileEvent event) {
    if (event.message() instanceof Login login) {
      return Optional.of(new LoginReply(login.pileCode(), login.pileCode().equals(PILE)));
    }
    if (event.message() instanceof BillingModelVerify verify) {
      return Optional.of(
          new BillingModelVerifyReply(verify.pileCode(), verify.modelNumber(), true));
    }
    return Optional.empty();
  }

  ServerContext server(Duration idleTimeout, Duration timeSyncInterval) {
    YkcServerConfig config =
        new YkcServerConfig(
            "127.0.0.1",
            0,
            1,
            LOGIN_TIMEOUT,
            idleTimeout,
            3,
            16,
            COMMAND_TIMEOUT,
            3,
            8,
            timeSyncInterval,
            1000,
            100,
            Duration.ofSeconds(1),
            1000,
            100,
            1);
    return ServerContext.of(config, platform, workers, new TickerClock(START, ticker));
  }

  @AfterEach
  void closeChannels() {
    channels.forEach(EmbeddedChannel::finishAndReleaseAll);
  }

  EmbeddedChannel connect() {
    EmbeddedChannel channel =
        EmbeddedChannel.builder()
            .ticker(ticker)
            .handlers(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    YkcServer.assemble(ch.pipeline(), server, new FrameCounter(server.counters()));
                  }
                })
            .build();
    channels.add(channel);
    return channel;
  }

  Sequence send(EmbeddedChannel channel, YkcMessage message) {
    Sequence seq = Sequence.ofLittleEndian(nextSeq++);
    channel.writeInbound(Unpooled.wrappedBuffer(YkcCodec.encode(YkcFrame.of(seq, message))));
    return seq;
  }

  /** Runs the event loops and the platform's work until neither has anything left to do. */
  void settle() {
    do {
      channels.forEach(EmbeddedChannel::runPendingTasks);
    } while (workers.runAll() > 0);
  }

  void pass(Duration duration) {
    ticker.advance(duration.toNanos(), TimeUnit.NANOSECONDS);
    settle();
  }

  /** The frames written to the pile since the last call. */
  static List<YkcFrame> written(EmbeddedChannel channel) {
    List<YkcFrame> frames = new ArrayList<>();
    for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
      try {
        frames.add(YkcCodec.decode(ByteBufUtil.getBytes(out)));
      } finally {
        out.release();
      }
    }
    return frames;
  }

  static List<FrameType> types(List<YkcFrame> frames) {
    return frames.stream().map(f -> f.message().type()).toList();
  }

  EmbeddedChannel loggedIn(PileCode code) {
    EmbeddedChannel channel = connect();
    send(channel, login(code));
    settle();
    assertThat(types(written(channel))).containsExactly(FrameType.LOGIN_REPLY, FrameType.TIME_SYNC);
    return channel;
  }

  /** Logged in, the clock sync after the login answered: no command is in flight. */
  EmbeddedChannel loggedInAndSynced(PileCode code) {
    EmbeddedChannel channel = loggedIn(code);
    send(channel, new TimeSyncReply(code, pileTime(START)));
    settle();
    return channel;
  }

  static Login login(PileCode code) {
    return TestPile.login(code);
  }

  static Cp56Time2a pileTime(Instant at) {
    return Cp56Time2a.of(LocalDateTime.ofInstant(at, PileConnection.PILE_ZONE));
  }

  @Test
  void login_registeredPile_repliesWithItsSeqThenSetsThePilesClockToChinaTime() {
    EmbeddedChannel channel = connect();
    Sequence seq = send(channel, login(PILE));
    settle();

    List<YkcFrame> out = written(channel);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).seq()).isEqualTo(seq);
    assertThat(out.get(0).message()).isEqualTo(new LoginReply(PILE, true));
    assertThat(out.get(1).message())
        .isEqualTo(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2026, 11, 25, 10, 0))));
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE");
    assertThat(server.sessions().liveState(PILE))
        .hasValueSatisfying(
            state -> {
              assertThat(state.online()).isTrue();
              assertThat(state.since()).isEqualTo(START);
            });
  }

  /**
   * Issue 14 (found by PileSessionFuzzIT): a login sent again on the connection that is online, as
   * a pile does when its reply was lost, went online a second time, took the session over from
   * itself and closed it.
   */
  @Test
  void loginAgain_onTheOnlineConnection_isAnsweredAndTheSessionGoesOn() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);
    written(channel);

    Sequence again = send(channel, login(PILE));
    settle();

    List<YkcFrame> out = written(channel);
    assertThat(out).extracting(YkcFrame::seq).containsExactly(again);
    assertThat(out.get(0).message()).isEqualTo(new LoginReply(PILE, true));
    assertThat(channel.isOpen()).isTrue();
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE", "LOGIN");
    send(channel, new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL)));
    settle();
    assertThat(types(written(channel))).containsExactly(FrameType.HEARTBEAT_REPLY);
  }

  @Test
  void login_unknownPile_isRefusedAndClosedWithoutSessionEvents() {
    EmbeddedChannel channel = connect();
    Sequence seq = send(channel, login(UNKNOWN));
    settle();

    List<YkcFrame> out = written(channel);
    assertThat(out).extracting(YkcFrame::seq).containsExactly(seq);
    assertThat(out.get(0).message()).isEqualTo(new LoginReply(UNKNOWN, false));
    assertThat(channel.isOpen()).isFalse();
    assertThat(platform.timeline).containsExactly("LOGIN");
    assertThat(server.sessions().liveState(UNKNOWN)).isEmpty();
  }

  @Test
  void framesBeforeLogin_areDroppedUnansweredAndUndelivered() {
    EmbeddedChannel channel = connect();
    send(channel, new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL)));
    send(channel, new BillingModelVerify(PILE, BillingModelNumber.NONE));
    settle();

    assertThat(written(channel)).isEmpty();
    assertThat(platform.timeline).isEmpty();
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void framesWhileTheLoginIsWithThePlatform_areDropped() {
    EmbeddedChannel channel = connect();
    send(channel, login(PILE));
    send(channel, new BillingModelVerify(PILE, BillingModelNumber.NONE));
    settle();

    assertThat(types(written(channel))).containsExactly(FrameType.LOGIN_REPLY, FrameType.TIME_SYNC);
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE");
  }

  @Test
  void connection_withoutLogin_isClosedAtTheLoginTimeout() {
    EmbeddedChannel channel = connect();

    pass(LOGIN_TIMEOUT.minusMillis(1));
    assertThat(channel.isOpen()).isTrue();
    pass(Duration.ofMillis(1));

    assertThat(channel.isOpen()).isFalse();
    assertThat(platform.timeline).isEmpty();
  }

  @Test
  void loggedInPile_silentForTheIdleTimeout_isClosedAndGoesOffline() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);
    pass(IDLE_TIMEOUT.minusSeconds(1));
    send(channel, new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL)));
    pass(IDLE_TIMEOUT.minusMillis(1));
    assertThat(channel.isOpen()).as("a frame restarts the idle time").isTrue();

    pass(Duration.ofMillis(1));

    assertThat(channel.isOpen()).isFalse();
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE", "OFFLINE");
    assertThat(server.sessions().liveState(PILE))
        .hasValueSatisfying(
            state -> {
              assertThat(state.online()).isFalse();
              assertThat(state.since()).isEqualTo(START.plusSeconds(69));
              assertThat(state.lastFrameAt()).isEqualTo(START.plusSeconds(34));
            });
  }

  @Test
  void timeSync_isRepeatedAtEachInterval_withTheTimeThen() {
    server = server(Duration.ofDays(1), Duration.ofHours(8));
    EmbeddedChannel channel = loggedInAndSynced(PILE);

    pass(Duration.ofHours(8).minusMillis(1));
    assertThat(written(channel)).isEmpty();
    pass(Duration.ofMillis(1));

    assertThat(written(channel))
        .extracting(YkcFrame::message)
        .containsExactly(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2026, 11, 25, 18, 0))));
  }

  @Test
  void heartbeat_isAnsweredAtOnceByTheConnectionAlone() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);

    Sequence seq = send(channel, new Heartbeat(PILE, 1, Code.of(GunHealth.FAULT)));

    List<YkcFrame> out = written(channel);
    assertThat(out).extracting(YkcFrame::seq).containsExactly(seq);
    assertThat(out.get(0).message()).isEqualTo(new HeartbeatReply(PILE, 1, 0));
    settle();
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE");
    assertThat(server.sessions().liveState(PILE).orElseThrow().gun(1)).isEqualTo(GunState.FAULT);
  }

  @Test
  void businessMessages_goToThePlatformInOrder_andEachReplyCarriesItsRequestsSeq() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);

    Sequence first = send(channel, new BillingModelVerify(PILE, BillingModelNumber.of("0001")));
    Sequence second = send(channel, new BillingModelVerify(PILE, BillingModelNumber.of("0002")));
    assertThat(written(channel)).as("answered by the platform, not the connection").isEmpty();
    settle();

    assertThat(written(channel))
        .extracting(YkcFrame::seq, f -> ((BillingModelVerifyReply) f.message()).modelNumber())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, BillingModelNumber.of("0001")),
            org.assertj.core.groups.Tuple.tuple(second, BillingModelNumber.of("0002")));
    assertThat(platform.timeline)
        .containsExactly("LOGIN", "ONLINE", "BILLING_MODEL_VERIFY", "BILLING_MODEL_VERIFY");
  }

  @Test
  void businessMessages_queueThreeQuartersFull_stopReadingUntilDrained() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);

    for (int i = 0; i < 11; i++) {
      send(channel, new BillingModelVerify(PILE, BillingModelNumber.NONE));
    }
    assertThat(channel.config().isAutoRead()).isTrue();
    send(channel, new BillingModelVerify(PILE, BillingModelNumber.NONE));
    assertThat(channel.config().isAutoRead()).as("12 of 16 queued").isFalse();

    settle();

    assertThat(channel.config().isAutoRead()).isTrue();
    assertThat(written(channel)).hasSize(12);
  }

  @Test
  void secondLogin_takesOverAndClosesTheFirstConnection() {
    EmbeddedChannel first = loggedInAndSynced(PILE);

    EmbeddedChannel second = loggedIn(PILE);

    assertThat(first.isOpen()).isFalse();
    assertThat(second.isOpen()).isTrue();
    assertThat(server.sessions().liveState(PILE))
        .hasValueSatisfying(state -> assertThat(state.online()).isTrue());
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE", "LOGIN", "ONLINE", "OFFLINE");
    List<PileSessionEvent> sessions = platform.sessions;
    assertThat(sessions.get(2).connectionId())
        .as("the first connection went offline")
        .isEqualTo(sessions.get(0).connectionId())
        .isNotEqualTo(sessions.get(1).connectionId());
  }

  @Test
  void badFramesInARow_closeTheConnection_aGoodFrameBetweenResetsTheCount() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);
    byte[] badCrc = {0x68, 0x0D, 0, 0, 0, 0x03, 0x32, 0x01, 0x02, 0, 0, 0, 0x01, 0x01, 0, 0, 0};

    channel.writeInbound(Unpooled.wrappedBuffer(badCrc), Unpooled.wrappedBuffer(badCrc));
    send(channel, new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL)));
    channel.writeInbound(Unpooled.wrappedBuffer(badCrc), Unpooled.wrappedBuffer(badCrc));
    assertThat(channel.isOpen()).isTrue();
    channel.writeInbound(Unpooled.wrappedBuffer(badCrc));

    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void unansweredTimeSync_isTriedAsOftenAsConfigured_thenCountedAsTimedOut() {
    EmbeddedChannel channel = loggedIn(PILE);

    pass(COMMAND_TIMEOUT);
    pass(COMMAND_TIMEOUT);
    assertThat(types(written(channel))).containsExactly(FrameType.TIME_SYNC, FrameType.TIME_SYNC);
    assertThat(server.counters().snapshot(0, 0, 0).commandsTimedOut()).isZero();
    pass(COMMAND_TIMEOUT);

    assertThat(server.counters().snapshot(0, 0, 0).commandsTimedOut()).isEqualTo(1);
    assertThat(written(channel)).isEmpty();
  }

  @Test
  void submitCommand_beforeLogin_failsAsOffline() {
    EmbeddedChannel channel = connect();
    PileConnection connection = channel.pipeline().get(PileConnection.class);
    CompletableFuture<PileMessage> result = new CompletableFuture<>();

    connection.submitCommand(new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY), result);
    settle();

    assertThat(result)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PileOfflineException.class);
    assertThat(written(channel)).isEmpty();
  }

  @Test
  void pendingCommand_failsAsOffline_whenTheConnectionCloses() {
    EmbeddedChannel channel = loggedInAndSynced(PILE);
    CompletableFuture<PileMessage> result = new CompletableFuture<>();
    server
        .sessions()
        .find(PILE)
        .orElseThrow()
        .submitCommand(new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY), result);
    settle();
    assertThat(types(written(channel))).containsExactly(FrameType.REMOTE_REBOOT);

    channel.close();
    settle();

    assertThat(result)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PileOfflineException.class);
  }

  /** Issue 14: every try of a time sync carries the pile's time at its writing. */
  @Test
  void timeSync_eachTry_carriesTheShanghaiTimeOfItsWriting() {
    EmbeddedChannel channel = loggedIn(PILE);
    assertThat(written(channel)).isEmpty();

    pass(COMMAND_TIMEOUT);
    List<YkcFrame> second = written(channel);
    pass(COMMAND_TIMEOUT);
    List<YkcFrame> third = written(channel);

    assertThat(second)
        .extracting(YkcFrame::message)
        .containsExactly(
            new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2026, 11, 25, 10, 0, 10))));
    assertThat(third)
        .extracting(YkcFrame::message)
        .containsExactly(
            new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2026, 11, 25, 10, 0, 20))));
  }

  /** Issue 14: a time sync submitted earlier carries the time it goes out, not when it was made. */
  @Test
  void timeSyncMadeEarlier_carriesTheTimeOfItsWriting() {
    server = server(Duration.ofDays(1), Duration.ofHours(8));
    EmbeddedChannel channel = loggedInAndSynced(PILE);
    pass(Duration.ofMinutes(5));
    CompletableFuture<PileMessage> result = new CompletableFuture<>();

    server
        .sessions()
        .find(PILE)
        .orElseThrow()
        .submitCommand(new TimeSync(PILE, pileTime(START)), result);
    settle();

    assertThat(written(channel))
        .extracting(YkcFrame::message)
        .containsExactly(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2026, 11, 25, 10, 5))));
  }

  /** Issue 14: a pile that leaves time syncs unanswered still gets other commands at once. */
  @Test
  void unansweredTimeSync_doesNotHoldACommandBack() {
    EmbeddedChannel channel = loggedIn(PILE);
    CompletableFuture<PileMessage> result = new CompletableFuture<>();

    server
        .sessions()
        .find(PILE)
        .orElseThrow()
        .submitCommand(new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY), result);
    settle();

    assertThat(types(written(channel))).containsExactly(FrameType.REMOTE_REBOOT);
    send(channel, new RemoteRebootReply(PILE, true));
    settle();
    assertThat(result).isCompletedWithValue(new RemoteRebootReply(PILE, true));
  }

  /** Issue 14: a parallel-charging request goes to the platform and its answer back to the pile. */
  @Test
  void parallelStartRequest_isHandedToThePlatform_andItsAnswerCarriesTheRequestsSeq() {
    ParallelSessionNumber session = ParallelSessionNumber.of("261125100000");
    ParallelStartReply refusal =
        new ParallelStartReply(
            TransactionSerial.NONE,
            PILE,
            1,
            LogicalCardNumber.NONE,
            BigDecimal.ZERO,
            false,
            AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE,
            session);
    platform.answers =
        event ->
            event.message() instanceof ParallelStartRequest
                ? Optional.of(refusal)
                : registry(event);
    EmbeddedChannel channel = loggedInAndSynced(PILE);

    Sequence seq =
        send(
            channel,
            new ParallelStartRequest(
                PILE,
                1,
                Code.of(StartMethod.CARD),
                false,
                PhysicalCardNumber.of("00000000D14B0A54"),
                Bytes.zeros(16),
                "",
                Code.of(GunRole.MAIN),
                session));
    settle();

    List<YkcFrame> out = written(channel);
    assertThat(out).extracting(YkcFrame::seq).containsExactly(seq);
    assertThat(out.get(0).message()).isEqualTo(refusal);
    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE", "PARALLEL_START_REQUEST");
  }
}
