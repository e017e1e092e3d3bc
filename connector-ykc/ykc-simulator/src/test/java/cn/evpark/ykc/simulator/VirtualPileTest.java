package cn.evpark.ykc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.BalanceUpdate;
import cn.evpark.ykc.protocol.message.BalanceUpdateReply;
import cn.evpark.ykc.protocol.message.BalanceUpdateResult;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelRequest;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.CardPresence;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.MeterReport;
import cn.evpark.ykc.protocol.message.OfflineCard;
import cn.evpark.ykc.protocol.message.OfflineCardQuery;
import cn.evpark.ykc.protocol.message.OfflineCardQueryReply;
import cn.evpark.ykc.protocol.message.OfflineCardSync;
import cn.evpark.ykc.protocol.message.OfflineCardSyncReply;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.QrPrefix;
import cn.evpark.ykc.protocol.message.QrPrefixKind;
import cn.evpark.ykc.protocol.message.QrPrefixReply;
import cn.evpark.ykc.protocol.message.ReadRealTimeData;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteRebootReply;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.RemoteStop;
import cn.evpark.ykc.protocol.message.RemoteStopResult;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TierPrice;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordV17;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.protocol.message.WorkParameters;
import cn.evpark.ykc.protocol.message.WorkParametersReply;
import cn.evpark.ykc.protocol.netty.InvalidFrame;
import cn.evpark.ykc.simulator.stub.StubPlatform;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Virtual piles against {@link StubPlatform}, a small platform built from the protocol's Netty
 * codecs. Cadences are shortened; every wait is a future with a timeout, never a sleep.
 */
class VirtualPileTest {

  private static final PileCode PILE = PileCode.of("32010200000001");
  private static final long TIMEOUT = 10;

  private StubPlatform platform;
  private Simulator simulator;
  private VirtualPile pile;

  @BeforeEach
  void start() {
    List<Tier> slots = new ArrayList<>(Collections.nCopies(48, Tier.FLAT));
    Collections.fill(slots.subList(16, 24), Tier.PEAK);
    BillingModel model =
        new BillingModel(
            BillingModelNumber.of("0007"),
            new TierPrice(new BigDecimal("1.2"), new BigDecimal("0.8")),
            new TierPrice(new BigDecimal("1.0"), new BigDecimal("0.6")),
            new TierPrice(new BigDecimal("0.7"), new BigDecimal("0.4")),
            new TierPrice(new BigDecimal("0.3"), new BigDecimal("0.2")),
            0,
            slots);
    platform = new StubPlatform(0, model, Clock.system(SimulatorConfig.CHINA));
    simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(platform.port())
                .guns(2)
                // Three missed heartbeat replies make a pile reconnect: intervals long enough
                // that a busy machine does not turn slow replies into reconnects.
                .heartbeatInterval(Duration.ofSeconds(1))
                .chargingDataInterval(Duration.ofMillis(100))
                .recordRetryInterval(Duration.ofMillis(300))
                .replyTimeout(Duration.ofSeconds(5))
                .reconnect(Duration.ofMillis(100), Duration.ofMillis(500))
                .ioThreads(2)
                .build());
    pile = simulator.addPile(PILE);
  }

  @AfterEach
  void stop() {
    simulator.close();
    platform.close();
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS);
  }

  private void connectWithModel() throws Exception {
    assertThat(await(pile.connect()).accepted()).isTrue();
    await(pile.received(BillingModelReply.class));
  }

  private TransactionSerial remoteStart(int gun) throws Exception {
    TransactionSerial serial = platform.newSerial(PILE, gun);
    await(
        platform.send(
            PILE,
            new RemoteStart(
                serial,
                PILE,
                gun,
                LogicalCardNumber.NONE,
                PhysicalCardNumber.NONE,
                new BigDecimal("200.00"))));
    return serial;
  }

  @Test
  void scriptedSession_fromLoginToAcknowledgedRecord_followsTheSpecSequence() throws Exception {
    platform.ackRecordsFromCopy(2);

    LoginReply login = await(pile.connect());
    Login sent = await(platform.received(Login.class));
    BillingModelVerify verify = await(platform.received(BillingModelVerify.class));
    await(platform.received(BillingModelRequest.class));
    await(pile.received(BillingModelReply.class));
    await(platform.received(Heartbeat.class, h -> h.gun() == 2));
    await(pile.received(cn.evpark.ykc.protocol.message.TimeSync.class));
    TimeSyncReply timeSync = await(platform.received(TimeSyncReply.class));

    TransactionSerial serial = remoteStart(1);
    RemoteStartResult started = await(platform.received(RemoteStartResult.class));
    RealTimeData charging =
        await(
            platform.received(
                RealTimeData.class,
                d ->
                    d.transactionSerial().equals(serial)
                        && d.status().is(GunStatus.CHARGING)
                        && d.energy().signum() > 0
                        && d.amount().signum() > 0));
    await(platform.send(PILE, new RemoteStop(PILE, 1)));
    RemoteStopResult stopped = await(platform.received(RemoteStopResult.class));
    TransactionRecord record = await(platform.received(TransactionRecord.class));
    await(platform.received(TransactionRecord.class, r -> copiesOf(serial) >= 2));
    await(pile.acknowledged(serial));
    long copies = copiesOf(serial);

    assertThat(login.accepted()).isTrue();
    assertThat(sent.gunCount()).isEqualTo(2);
    assertThat(verify.modelNumber()).isEqualTo(BillingModelNumber.NONE);
    assertThat(timeSync.pileCode()).isEqualTo(PILE);
    assertThat(started.success()).isTrue();
    assertThat(charging.outputVoltage()).isPositive();
    assertThat(stopped.success()).isTrue();
    assertThat(record.transactionSerial()).isEqualTo(serial);
    assertThat(record.stopReason()).isEqualTo(StopReason.REMOTE_STOP);
    assertThat(record.transactionType()).isEqualTo(Code.of(TransactionType.APP));
    assertThat(record.totalEnergy()).isPositive();
    assertThat(record.totalAmount()).isPositive();
    assertThat(record.meterEnd().subtract(record.meterStart())).isEqualTo(record.totalEnergy());
    assertThat(copies).isGreaterThanOrEqualTo(2);
    assertThat(await(pile.pendingRecords())).isEmpty();
  }

  @Test
  void remoteStart_gunNotPluggedIn_refusesThenSucceedsOncePluggedInTime() throws Exception {
    connectWithModel();
    await(pile.unplug(1));

    TransactionSerial serial = remoteStart(1);
    RemoteStartResult refused = await(platform.received(RemoteStartResult.class));
    await(pile.plugIn(1));
    RemoteStartResult late =
        await(platform.received(RemoteStartResult.class, RemoteStartResult::success));

    assertThat(refused.success()).isFalse();
    assertThat(refused.failureReason()).isEqualTo(Code.of(StartFailureReason.GUN_NOT_PLUGGED_IN));
    assertThat(late.transactionSerial()).isEqualTo(serial);
    assertThat(await(pile.gun(1)).transactionSerial()).isEqualTo(serial);
  }

  @Test
  void remoteStart_pileOutOfService_isRefused() throws Exception {
    connectWithModel();
    await(platform.send(PILE, new WorkParameters(PILE, true, 100)));
    WorkParametersReply applied = await(platform.received(WorkParametersReply.class));

    remoteStart(2);
    RemoteStartResult result = await(platform.received(RemoteStartResult.class));

    assertThat(applied.success()).isTrue();
    assertThat(await(pile.settings()).outOfService()).isTrue();
    assertThat(result.success()).isFalse();
    assertThat(await(pile.gun(2)).status()).isEqualTo(GunStatus.IDLE);
  }

  @Test
  void remoteStart_withChosenRefusal_answersThatReason() throws Exception {
    connectWithModel();
    await(pile.answerRemoteStartsWith(RemoteStartAnswer.refuse(StartFailureReason.DEVICE_FAULT)));

    remoteStart(1);

    assertThat(await(platform.received(RemoteStartResult.class)).failureReason())
        .isEqualTo(Code.of(StartFailureReason.DEVICE_FAULT));
  }

  @Test
  void remoteReboot_isRepliedAndThePileLogsInAgain() throws Exception {
    connectWithModel();
    CompletionStage<LoginReply> secondLogin = pile.nextReceived(LoginReply.class).thenApply(r -> r);

    await(platform.send(PILE, new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY)));

    assertThat(await(pile.received(RemoteReboot.class)).control())
        .isEqualTo(ExecutionControl.IMMEDIATELY);
    assertThat(await(platform.received(RemoteRebootReply.class)).success()).isTrue();
    assertThat(await(secondLogin).accepted()).isTrue();
  }

  @Test
  void transactionRecord_unacknowledgedAcrossReconnect_isResentAndThenAcknowledged()
      throws Exception {
    platform.ackRecordsFromCopy(Integer.MAX_VALUE);
    connectWithModel();
    TransactionSerial serial = remoteStart(1);
    await(platform.received(RealTimeData.class, d -> d.energy().signum() > 0));
    TransactionRecord record = await(pile.stopAtPile(1));
    await(platform.received(TransactionRecord.class));

    CompletionStage<LoginReply> relogin = pile.nextReceived(LoginReply.class).thenApply(r -> r);
    await(pile.drop());
    await(relogin);
    platform.ackRecordsFromCopy(1);

    assertThat(await(pile.acknowledged(serial)).transactionSerial()).isEqualTo(serial);
    assertThat(record.stopReason()).isEqualTo(StopReason.MANUAL_STOP);
    assertThat(await(pile.pendingRecords())).isEmpty();
  }

  @Test
  void v17Pile_reports1point7AtLogin_andSendsItsRecordAs0x3dUntilAcknowledged() throws Exception {
    // docs/ykc-versions.md: a 1.7 pile's bill is 0x3D, answered by the same 0x40
    platform.ackRecordsFromCopy(2);
    try (Simulator v17 =
        new Simulator(
            SimulatorConfig.builder()
                .port(platform.port())
                .guns(1)
                .protocolVersion(ProtocolVersion.V1_7.code())
                .recordRetryInterval(Duration.ofMillis(300))
                .replyTimeout(Duration.ofSeconds(5))
                .ioThreads(1)
                .build())) {
      PileCode code = PileCode.of("32010200000017");
      VirtualPile pile17 = v17.addPile(code);
      assertThat(await(pile17.connect()).accepted()).isTrue();
      await(pile17.received(BillingModelReply.class));
      TransactionSerial serial = TransactionSerial.of(code.value() + "01" + "2506010800000017");

      TransactionRecord record =
          await(
              pile17.chargeOffline(
                  1, serial, PhysicalCardNumber.of("00000000A1B2C3D4"), new BigDecimal("3.5")));

      assertThat(
              await(platform.received(Login.class, l -> l.pileCode().equals(code)))
                  .protocolVersion())
          .isEqualTo(Code.of(ProtocolVersion.V1_7));
      TransactionRecordV17 sent =
          await(
              platform.received(
                  TransactionRecordV17.class, r -> r.bill().transactionSerial().equals(serial)));
      assertThat(sent.bill()).isEqualTo(record);
      assertThat(sent.meter()).isEqualTo(MeterReport.NONE);
      assertThat(await(pile17.acknowledged(serial)).transactionSerial()).isEqualTo(serial);
      assertThat(await(pile17.pendingRecords())).isEmpty();
    }
  }

  @Test
  void chargeOffline_recordIsResentUntilAcknowledged() throws Exception {
    platform.ackRecordsFromCopy(3);
    connectWithModel();
    TransactionSerial serial = TransactionSerial.of(PILE.value() + "01" + "2506010800000001");

    TransactionRecord record =
        await(
            pile.chargeOffline(
                1, serial, PhysicalCardNumber.of("00000000A1B2C3D4"), new BigDecimal("12.5")));

    assertThat(await(pile.acknowledged(serial)).transactionSerial()).isEqualTo(serial);
    assertThat(copiesOf(serial)).isGreaterThanOrEqualTo(3);
    assertThat(record.transactionType()).isEqualTo(Code.of(TransactionType.OFFLINE_CARD));
    assertThat(record.totalEnergy()).isEqualByComparingTo("12.5");
    assertThat(record.totalAmount()).isPositive();
    assertThat(await(pile.pendingRecords())).isEmpty();
  }

  @Test
  void swipeCard_authorised_chargesAsACardSession() throws Exception {
    connectWithModel();
    PhysicalCardNumber card = PhysicalCardNumber.of("00000000D14B0A54");

    CardStartReply reply = await(pile.swipeCard(2, card));
    await(
        platform.received(
            RealTimeData.class,
            d ->
                d.transactionSerial().equals(reply.transactionSerial())
                    && d.energy().signum() > 0));
    TransactionRecord record = await(pile.stopAtPile(2));

    assertThat(reply.authorised()).isTrue();
    assertThat(record.transactionType()).isEqualTo(Code.of(TransactionType.CARD));
    assertThat(record.physicalCard()).isEqualTo(card);
  }

  @Test
  void requestParallelStart_sendsA1_andARefusingA2_leavesTheGunIdle() throws Exception {
    connectWithModel();
    ParallelSessionNumber session = ParallelSessionNumber.of("261130201500");

    ParallelStartReply reply =
        await(
            pile.requestParallelStart(
                1, PhysicalCardNumber.of("00000000D14B0A54"), GunRole.MAIN, session));
    ParallelStartRequest sent = await(platform.received(ParallelStartRequest.class, r -> true));

    assertThat(sent.gun()).isEqualTo(1);
    assertThat(sent.parallelSession()).isEqualTo(session);
    assertThat(reply.authorised()).isFalse();
    assertThat(reply.failureReason()).isEqualTo(AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE);
    assertThat(await(pile.gun(1)).status()).isEqualTo(GunStatus.IDLE);
  }

  @Test
  void offlineCards_syncedThenQueried_areReportedPresent() throws Exception {
    connectWithModel();
    PhysicalCardNumber card = PhysicalCardNumber.of("00000000D14B0A54");
    PhysicalCardNumber unknown = PhysicalCardNumber.of("0000000011111111");

    await(
        platform.send(
            PILE,
            new OfflineCardSync(
                PILE, List.of(new OfflineCard(LogicalCardNumber.of("0000001000000573"), card)))));
    OfflineCardSyncReply synced = await(platform.received(OfflineCardSyncReply.class));
    await(platform.send(PILE, new OfflineCardQuery(PILE, List.of(card, unknown))));
    OfflineCardQueryReply query = await(platform.received(OfflineCardQueryReply.class));

    assertThat(synced.success()).isTrue();
    assertThat(query.cards())
        .containsExactly(new CardPresence(card, true), new CardPresence(unknown, false));
  }

  @Test
  void balanceUpdateAndQrPrefix_areAppliedAndAnswered() throws Exception {
    connectWithModel();
    remoteStart(1);
    await(platform.received(RemoteStartResult.class));

    await(
        platform.send(
            PILE, new BalanceUpdate(PILE, 1, PhysicalCardNumber.NONE, new BigDecimal("55.00"))));
    await(
        platform.send(
            PILE, new QrPrefix(PILE, QrPrefixKind.PREFIX_PILE_CODE, "https://q.example/p?c=")));

    assertThat(await(platform.received(BalanceUpdateReply.class)).result())
        .isEqualTo(Code.of(BalanceUpdateResult.UPDATED));
    assertThat(await(platform.received(QrPrefixReply.class)).success()).isTrue();
    assertThat(await(pile.settings()).qrPrefix()).isEqualTo("https://q.example/p?c=");
  }

  @Test
  void faultSwappedCrc_framesArriveWithTheHighByteFirst() throws Exception {
    connectWithModel();

    await(pile.inject(Fault.SWAPPED_CRC));

    assertThat(await(platform.firstSwappedCrcFrame()).message()).isInstanceOf(Heartbeat.class);
  }

  @Test
  void faultBadCrc_isDroppedByThePlatformAndLaterFramesStillArrive() throws Exception {
    connectWithModel();

    await(pile.inject(Fault.BAD_CRC));
    InvalidFrame invalid = await(platform.firstInvalidFrame());
    long before = count(Heartbeat.class);

    assertThat(invalid.reason()).isEqualTo(Reason.CRC_MISMATCH);
    assertThat(
            await(platform.received(Heartbeat.class, h -> count(Heartbeat.class) > before))
                .pileCode())
        .isEqualTo(PILE);
  }

  @Test
  void faultGarbageAndSplitFrames_platformResynchronises() throws Exception {
    connectWithModel();
    long before = count(RealTimeData.class);

    await(pile.inject(Fault.GARBAGE));
    await(pile.inject(Fault.SPLIT_FRAMES));
    await(platform.send(PILE, new ReadRealTimeData(PILE, 2)));

    assertThat(await(platform.firstInvalidFrame()).reason()).isEqualTo(Reason.BAD_START_BYTE);
    assertThat(
            await(
                    platform.received(
                        RealTimeData.class,
                        d -> d.gun() == 2 && count(RealTimeData.class) > before))
                .pileCode())
        .isEqualTo(PILE);
  }

  private long count(Class<?> type) {
    return platform.received().stream().filter(type::isInstance).count();
  }

  @Test
  void faultSilence_sendsNothingButKeepsTheConnection() throws Exception {
    connectWithModel();
    // The real-time data each gun sends after the login must be in before the window opens.
    await(platform.received(RealTimeData.class, d -> d.gun() == 2));
    int before = platform.received().size();

    await(pile.inject(Fault.SILENCE));
    await(platform.send(PILE, new ReadRealTimeData(PILE, 1)));
    await(pile.received(ReadRealTimeData.class, r -> r.gun() == 1));
    await(pile.clear(Fault.SILENCE));
    await(platform.send(PILE, new ReadRealTimeData(PILE, 2)));
    await(
        platform.received(RealTimeData.class, d -> d.gun() == 2 && count(RealTimeData.class) > 2));

    List<RealTimeData> answers =
        platform.received().subList(before, platform.received().size()).stream()
            .filter(RealTimeData.class::isInstance)
            .map(RealTimeData.class::cast)
            .toList();
    assertThat(answers).extracting(RealTimeData::gun).containsOnly(2);
    assertThat(pile.isLoggedIn()).isTrue();
  }

  @Test
  void faultDuplicateRecords_sendsEachRecordTwice() throws Exception {
    connectWithModel();
    await(pile.inject(Fault.DUPLICATE_RECORDS));
    TransactionSerial serial = remoteStart(1);
    await(platform.received(RemoteStartResult.class));

    await(pile.stopAtPile(1));
    TransactionRecord second =
        await(platform.received(TransactionRecord.class, r -> copiesOf(serial) >= 2));

    assertThat(second.transactionSerial()).isEqualTo(serial);
  }

  private long copiesOf(TransactionSerial serial) {
    return platform.received().stream()
        .filter(m -> m instanceof TransactionRecord r && r.transactionSerial().equals(serial))
        .count();
  }

  @Test
  void loadRun_overSeveralLoopbackAddresses_reportsConnectedPilesAndLatencies() throws Exception {
    simulator.close();
    simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(platform.port())
                .guns(1)
                .heartbeatInterval(Duration.ofSeconds(1))
                .sourceAddresses(SimulatorConfig.loopbackAddresses(4))
                .ioThreads(2)
                .keepReceivedFrames(false)
                .build());
    List<VirtualPile> piles = simulator.addPiles(PileCode.of("32010200000100"), 20);
    CompletionStage<?> heartbeatsAnswered =
        java.util.concurrent.CompletableFuture.allOf(
            piles.stream()
                .map(p -> p.nextReceived(cn.evpark.ykc.protocol.message.HeartbeatReply.class))
                .toArray(java.util.concurrent.CompletableFuture[]::new));

    await(simulator.connectAll());
    await(heartbeatsAnswered);
    LoadReport report = simulator.report();

    assertThat(report.piles()).isEqualTo(20);
    assertThat(report.connected()).isEqualTo(20);
    assertThat(report.latency().get(cn.evpark.ykc.protocol.FrameType.LOGIN).count()).isEqualTo(20);
    assertThat(report.latency().get(cn.evpark.ykc.protocol.FrameType.HEARTBEAT).count())
        .isGreaterThanOrEqualTo(20);
    assertThat(report.format()).contains("0x03");
  }
}
