package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BalanceUpdate;
import cn.evpark.ykc.protocol.message.BalanceUpdateReply;
import cn.evpark.ykc.protocol.message.BalanceUpdateResult;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelRequest;
import cn.evpark.ykc.protocol.message.BillingModelSet;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import cn.evpark.ykc.protocol.message.CardPresence;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.CardSyncFailure;
import cn.evpark.ykc.protocol.message.ClearedCard;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.GroundLockCommand;
import cn.evpark.ykc.protocol.message.GroundLockResult;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.HolsterState;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.OfflineCard;
import cn.evpark.ykc.protocol.message.OfflineCardClear;
import cn.evpark.ykc.protocol.message.OfflineCardClearReply;
import cn.evpark.ykc.protocol.message.OfflineCardQuery;
import cn.evpark.ykc.protocol.message.OfflineCardQueryReply;
import cn.evpark.ykc.protocol.message.OfflineCardSync;
import cn.evpark.ykc.protocol.message.OfflineCardSyncReply;
import cn.evpark.ykc.protocol.message.ParallelRemoteStart;
import cn.evpark.ykc.protocol.message.ParallelRemoteStartResult;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.QrPrefix;
import cn.evpark.ykc.protocol.message.QrPrefixReply;
import cn.evpark.ykc.protocol.message.ReadRealTimeData;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteRebootReply;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.RemoteStop;
import cn.evpark.ykc.protocol.message.RemoteStopResult;
import cn.evpark.ykc.protocol.message.RemoteUpdate;
import cn.evpark.ykc.protocol.message.RemoteUpdateReply;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.StartMethod;
import cn.evpark.ykc.protocol.message.StopFailureReason;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.protocol.message.UpdateStatus;
import cn.evpark.ykc.protocol.message.WorkParameters;
import cn.evpark.ykc.protocol.message.WorkParametersReply;
import cn.evpark.ykc.protocol.message.YkcMessage;
import cn.evpark.ykc.protocol.netty.InvalidFrame;
import cn.evpark.ykc.protocol.netty.YkcFrameDecoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One simulated pile: a TCP connection to the platform that behaves like a real pile.
 *
 * <p>After {@link #connect()} it logs in (0x01), then on acceptance re-sends unacknowledged
 * transaction records, verifies its billing model (0x05) and requests it on a mismatch (0x09), both
 * until answered, heartbeats per gun, reports real-time data (idle, and while charging with energy
 * and amount rising per the billing model and time of day) and answers every platform command of
 * the spec ({@code ykc-protocol.md §9, §11.2}). Sessions end with a transaction record re-sent
 * until a 0x40 arrives, across reconnects. Three unanswered heartbeats or a lost connection make it
 * reconnect with exponential back-off.
 *
 * <p>Thread model: all state lives on the pile's own event loop, taken once from the simulator's
 * shared group; the public methods hand their work to it and return futures, so they are safe from
 * any thread. Listeners are called on that loop.
 */
public final class VirtualPile {

  private static final Map<FrameType, FrameType> REQUEST_OF_REPLY = new EnumMap<>(FrameType.class);

  static {
    for (FrameType type : FrameType.values()) {
      if (type.direction() == FrameType.Direction.UPLINK) {
        type.replyType().ifPresent(reply -> REQUEST_OF_REPLY.put(reply, type));
      }
    }
  }

  private static final BigDecimal WATT_MILLIS_PER_KWH = BigDecimal.valueOf(3_600_000_000L);
  private static final int MAX_WHITELIST = 10_000;

  private final SimulatorConfig config;
  private final SimulatorStats stats;
  private final Bootstrap bootstrap;
  private final InetSocketAddress remote;
  private final InetSocketAddress local;
  private final PileCode code;
  private final EventLoop loop;
  private final Random random;
  private final Gun[] guns;
  private final List<PileListener> listeners = new CopyOnWriteArrayList<>();
  private final List<YkcFrame> receivedFrames = new CopyOnWriteArrayList<>();
  private volatile boolean loggedIn;

  // Confined to the event loop from here on.
  private final List<Waiter<?>> waiters = new ArrayList<>();
  private final Map<TransactionSerial, TransactionRecord> pendingRecords = new LinkedHashMap<>();
  private final Map<TransactionSerial, CompletableFuture<TransactionRecordAck>> recordAcks =
      new HashMap<>();
  private final Map<PhysicalCardNumber, LogicalCardNumber> whitelist = new LinkedHashMap<>();
  private final Set<Fault> faults = EnumSet.noneOf(Fault.class);
  private final Map<FrameType, ArrayDeque<Long>> outstanding = new EnumMap<>(FrameType.class);
  private final List<ScheduledFuture<?>> connectionTasks = new ArrayList<>();
  private Channel channel;
  private boolean wantConnected;
  private boolean lostConnection;
  private int reconnectAttempt;
  private int missedHeartbeats;
  private Sequence seq = Sequence.ZERO;
  private CompletableFuture<LoginReply> firstLogin;
  private ModelState modelState = ModelState.VERIFYING;
  private BillingModel model;
  private BillingModelNumber modelNumber = BillingModelNumber.NONE;
  private boolean outOfService;
  private int maxPowerPercent = 100;
  private QrPrefix qrPrefix;
  private RemoteStartAnswer startAnswer = RemoteStartAnswer.ACCEPT;
  private boolean rebootWhenIdle;
  private ScheduledFuture<?> recordRetry;

  private enum ModelState {
    VERIFYING,
    REQUESTING,
    READY
  }

  VirtualPile(
      SimulatorConfig config,
      SimulatorStats stats,
      Bootstrap bootstrap,
      InetSocketAddress remote,
      InetSocketAddress local,
      PileCode code,
      EventLoop loop) {
    this.config = config;
    this.stats = stats;
    this.bootstrap = bootstrap;
    this.remote = remote;
    this.local = local;
    this.code = code;
    this.loop = loop;
    this.random = new Random(code.value().hashCode());
    this.guns = new Gun[config.guns()];
    for (int i = 0; i < guns.length; i++) {
      guns[i] = new Gun(i + 1, BigDecimal.valueOf(1_000_000L + random.nextInt(90_000_000), 4));
    }
  }

  // ---------------------------------------------------------------- public API

  public PileCode code() {
    return code;
  }

  /** True while logged in. */
  public boolean isLoggedIn() {
    return loggedIn;
  }

  /**
   * Opens the connection and logs in; reconnects with back-off until {@link #disconnect()}.
   *
   * @return the reply to the first login (accepted or not)
   */
  public CompletionStage<LoginReply> connect() {
    CompletableFuture<LoginReply> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          wantConnected = true;
          if (firstLogin == null || firstLogin.isDone()) {
            firstLogin = result;
          } else {
            firstLogin.whenComplete((r, e) -> result.complete(r));
          }
          openConnection();
        });
    return result;
  }

  /** Closes the connection and stays offline. */
  public CompletionStage<Void> disconnect() {
    return onLoop(
        () -> {
          wantConnected = false;
          if (channel != null) {
            channel.close();
          }
          return null;
        });
  }

  /** Drops the connection as a network fault would; the pile reconnects with back-off. */
  public CompletionStage<Void> drop() {
    return onLoop(
        () -> {
          if (channel != null) {
            channel.close();
          }
          return null;
        });
  }

  /**
   * Sends a message of the caller's choosing as it is, next in the pile's SEQ order: for scripted
   * sessions, e.g. a transaction record the platform must take as a re-send. Nothing of the pile's
   * own state changes.
   */
  public CompletionStage<Void> send(PileMessage message) {
    return onLoop(
        () -> {
          send((YkcMessage) message);
          return null;
        });
  }

  /** Observes this pile. */
  public void addListener(PileListener listener) {
    listeners.add(listener);
  }

  /**
   * The first message of {@code type} this pile received, now or later (needs {@link
   * SimulatorConfig#keepReceivedFrames()} for the past). Use {@code get(timeout)} on it.
   */
  public <T extends YkcMessage> CompletableFuture<T> received(Class<T> type) {
    return received(type, m -> true);
  }

  /** The first message of {@code type} matching {@code condition}, received now or later. */
  public <T extends YkcMessage> CompletableFuture<T> received(
      Class<T> type, Predicate<? super T> condition) {
    CompletableFuture<T> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          for (YkcFrame frame : receivedFrames) {
            if (type.isInstance(frame.message()) && condition.test(type.cast(frame.message()))) {
              result.complete(type.cast(frame.message()));
              return;
            }
          }
          waiters.add(new Waiter<>(type, condition, result));
        });
    return result;
  }

  /** The next message of {@code type} received after this call. */
  public <T extends YkcMessage> CompletableFuture<T> nextReceived(Class<T> type) {
    CompletableFuture<T> result = new CompletableFuture<>();
    loop.execute(() -> waiters.add(new Waiter<>(type, m -> true, result)));
    return result;
  }

  /** Every frame received so far, oldest first. */
  public List<YkcFrame> receivedFrames() {
    return List.copyOf(receivedFrames);
  }

  /** Plugs the gun into a vehicle; completes a remote start refused as "not plugged in" in time. */
  public CompletionStage<Void> plugIn(int gun) {
    return onLoop(
        () -> {
          Gun g = gunAt(gun);
          g.plugged = true;
          sendRealTimeData(g, null);
          if (g.lateStart != null) {
            LateStart late = g.lateStart;
            g.lateStart = null;
            late.expiry.cancel(false);
            if (canStart(g) == StartFailureReason.NONE) {
              RemoteStart cmd = late.command;
              send(
                  new RemoteStartResult(
                      cmd.transactionSerial(), code, gun, true, Code.of(StartFailureReason.NONE)));
              startSession(
                  g,
                  cmd.transactionSerial(),
                  TransactionType.APP,
                  cmd.physicalCard(),
                  cmd.balance());
            }
          }
          return null;
        });
  }

  /** Unplugs the gun; a running session ends at once with its transaction record (§11.6.5). */
  public CompletionStage<Void> unplug(int gun) {
    return onLoop(
        () -> {
          Gun g = gunAt(gun);
          g.plugged = false;
          if (g.session != null) {
            endSession(g, new StopReason(0x6B));
          } else {
            sendRealTimeData(g, null);
          }
          return null;
        });
  }

  /**
   * Swipes a card at the gun: sends 0x31 and, if the platform authorises it, starts charging.
   *
   * @return the platform's 0x32; fails at once if the pile cannot start (offline, out of service,
   *     no billing model, gun busy or unplugged)
   */
  public CompletionStage<CardStartReply> swipeCard(int gun, PhysicalCardNumber card) {
    CompletableFuture<CardStartReply> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          Gun g = gunAt(gun);
          StartFailureReason refusal = loggedIn ? canStart(g) : StartFailureReason.DEVICE_OFFLINE;
          if (refusal != StartFailureReason.NONE) {
            result.completeExceptionally(
                new IllegalStateException("pile cannot start: " + refusal.description()));
            return;
          }
          g.swipe = new Swipe(card, result);
          send(
              new CardStartRequest(
                  code, gun, Code.of(StartMethod.CARD), false, card, Bytes.zeros(16), ""));
        });
    return result;
  }

  /**
   * Stops the gun's session at the pile, as a user pressing stop would.
   *
   * @return the transaction record the pile produced
   */
  public CompletionStage<TransactionRecord> stopAtPile(int gun) {
    return onLoop(
        () -> {
          Gun g = gunAt(gun);
          if (g.session == null) {
            throw new IllegalStateException("gun " + gun + " is not charging");
          }
          return endSession(g, StopReason.MANUAL_STOP);
        });
  }

  /**
   * Charges a session on the pile's own authority (offline charging on its local card list): half
   * an hour that ends now, all of it at the tariff tier of now. The platform learns of it only by
   * its transaction record, which the pile keeps and sends like any other (at once if online, then
   * every {@link SimulatorConfig#recordRetryInterval()} and after each login, until acknowledged:
   * ykc-protocol.md §11.4).
   *
   * @param serial the session's 32-digit transaction serial, made by the pile
   * @param kwh the energy charged, at most 4 decimals
   * @return the record; fails if the gun is busy or the pile holds no billing model yet
   */
  public CompletionStage<TransactionRecord> chargeOffline(
      int gun, TransactionSerial serial, PhysicalCardNumber card, BigDecimal kwh) {
    return onLoop(
        () -> {
          Gun g = gunAt(gun);
          if (g.session != null || model == null) {
            throw new IllegalStateException("gun " + gun + " cannot charge offline now");
          }
          Cp56Time2a start =
              Cp56Time2a.of(
                  LocalDateTime.now(config.clock())
                      .minusMinutes(30)
                      .truncatedTo(ChronoUnit.MILLIS));
          Session s =
              new Session(serial, TransactionType.OFFLINE_CARD, card, model, start, g.meter, 20);
          s.energy.put(
              model.tierAt(LocalDateTime.now(config.clock()).toLocalTime()),
              kwh.setScale(4, RoundingMode.UNNECESSARY));
          TransactionRecord record = recordOf(g, s, StopReason.SOC_FULL);
          keep(record);
          return record;
        });
  }

  /**
   * How the pile answers remote starts from now on; completes once in force (a frame already on its
   * way to the pile may still meet the previous answer).
   */
  public CompletionStage<Void> answerRemoteStartsWith(RemoteStartAnswer answer) {
    return onLoop(
        () -> {
          startAnswer = answer;
          return null;
        });
  }

  /**
   * Turns a fault on; one-shot faults fire with the next frame (or at once for garbage). Completes
   * once in force.
   */
  public CompletionStage<Void> inject(Fault fault) {
    return onLoop(
        () -> {
          if (fault == Fault.GARBAGE) {
            writeGarbage();
          } else {
            faults.add(fault);
          }
          return null;
        });
  }

  /** Turns a fault off; completes once off. */
  public CompletionStage<Void> clear(Fault fault) {
    return onLoop(
        () -> {
          faults.remove(fault);
          return null;
        });
  }

  /** The gun's state now. */
  public CompletionStage<GunSnapshot> gun(int gun) {
    return onLoop(
        () -> {
          Gun g = gunAt(gun);
          Session s = g.session;
          return new GunSnapshot(
              gun,
              status(g),
              g.plugged,
              s == null ? TransactionSerial.NONE : s.serial,
              s == null ? BigDecimal.ZERO.setScale(4) : s.totalEnergy(),
              s == null ? BigDecimal.ZERO.setScale(4) : s.totalAmount());
        });
  }

  /** The billing model the pile holds, if any. */
  public CompletionStage<java.util.Optional<BillingModel>> billingModel() {
    return onLoop(() -> java.util.Optional.ofNullable(model));
  }

  /** What the platform has set on the pile: work parameters, QR prefix, offline cards. */
  public CompletionStage<PileSettings> settings() {
    return onLoop(
        () ->
            new PileSettings(
                outOfService,
                maxPowerPercent,
                qrPrefix == null ? "" : qrPrefix.prefix(),
                Set.copyOf(whitelist.keySet())));
  }

  /** Transaction records not yet acknowledged, oldest first. */
  public CompletionStage<List<TransactionRecord>> pendingRecords() {
    return onLoop(() -> List.copyOf(pendingRecords.values()));
  }

  /** Completes when the platform acknowledges the record {@code serial} with 0x40. */
  public CompletionStage<TransactionRecordAck> acknowledged(TransactionSerial serial) {
    return onLoop(() -> recordAcks.computeIfAbsent(serial, s -> new CompletableFuture<>()))
        .thenCompose(f -> f);
  }

  @Override
  public String toString() {
    return "VirtualPile[" + code + "]";
  }

  // ---------------------------------------------------------------- connection

  private void openConnection() {
    if (!wantConnected || channel != null) {
      return;
    }
    if (lostConnection) {
      stats.reconnected();
    }
    Bootstrap b =
        bootstrap
            .clone(loop)
            .handler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    ch.pipeline().addLast(new YkcFrameDecoder(), new Handler());
                  }
                });
    ChannelFuture connecting = local == null ? b.connect(remote) : b.connect(remote, local);
    channel = connecting.channel();
    connecting.addListener(
        (ChannelFutureListener)
            f -> {
              if (!f.isSuccess()) {
                stats.error("connect failed: " + f.cause().getClass().getSimpleName());
                if (channel == f.channel()) {
                  channel = null;
                }
                lostConnection = true;
                scheduleReconnect();
              }
            });
  }

  private void scheduleReconnect() {
    if (!wantConnected) {
      return;
    }
    long min = config.reconnectMin().toMillis();
    long delay = Math.min(config.reconnectMax().toMillis(), min << Math.min(reconnectAttempt, 20));
    reconnectAttempt++;
    delay += random.nextInt((int) Math.max(1, delay / 5));
    loop.schedule(this::openConnection, delay, TimeUnit.MILLISECONDS);
  }

  private void onActive(Channel ch) {
    if (ch != channel) {
      ch.close();
      return;
    }
    seq = Sequence.ZERO;
    missedHeartbeats = 0;
    send(
        new Login(
            code,
            Code.of(config.pileType()),
            guns.length,
            Code.of(ProtocolVersion.class, config.protocolVersion()),
            "SIM1.0",
            Code.of(NetworkType.LAN),
            "0".repeat(20),
            0x04));
    connectionTasks.add(
        loop.schedule(
            () -> {
              if (!loggedIn && ch == channel) {
                stats.error("login unanswered");
                ch.close();
              }
            },
            config.replyTimeout().toMillis(),
            TimeUnit.MILLISECONDS));
  }

  private void onInactive(Channel ch) {
    if (ch != channel) {
      return;
    }
    channel = null;
    loggedIn = false;
    lostConnection = true;
    for (ScheduledFuture<?> task : connectionTasks) {
      task.cancel(false);
    }
    connectionTasks.clear();
    outstanding.forEach((type, sent) -> stats.unanswered(type, sent.size()));
    outstanding.clear();
    for (Gun g : guns) {
      if (g.swipe != null) {
        g.swipe.result.completeExceptionally(new IllegalStateException("connection lost"));
        g.swipe = null;
      }
    }
    listeners.forEach(l -> l.disconnected(this));
    scheduleReconnect();
  }

  private void onLoggedIn() {
    loggedIn = true;
    reconnectAttempt = 0;
    stats.loggedIn();
    listeners.forEach(l -> l.loggedIn(this));
    long heartbeat = config.heartbeatInterval().toMillis();
    connectionTasks.add(
        loop.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS));
    long timeout = config.replyTimeout().toMillis();
    connectionTasks.add(
        loop.scheduleAtFixedRate(this::sweepUnanswered, timeout, timeout, TimeUnit.MILLISECONDS));
    long idle = config.idleDataInterval().toMillis();
    connectionTasks.add(
        loop.scheduleAtFixedRate(this::idleData, idle, idle, TimeUnit.MILLISECONDS));
    // §11.2: buffered records first, then the billing model, then regular traffic.
    for (TransactionRecord record : List.copyOf(pendingRecords.values())) {
      sendRecord(record);
    }
    modelState = ModelState.VERIFYING;
    advanceModel();
    connectionTasks.add(
        loop.scheduleAtFixedRate(this::advanceModel, timeout, timeout, TimeUnit.MILLISECONDS));
    for (Gun g : guns) {
      sendRealTimeData(g, null);
    }
  }

  /** Sends the next step of verify/request until the pile holds the platform's model. */
  private void advanceModel() {
    switch (modelState) {
      case VERIFYING -> send(new BillingModelVerify(code, modelNumber));
      case REQUESTING -> send(new BillingModelRequest(code));
      case READY -> {}
    }
  }

  private void heartbeat() {
    if (faults.contains(Fault.SILENCE)) {
      // A silent pile sends nothing and so misses no reply: it keeps its socket.
      return;
    }
    if (missedHeartbeats >= 3) {
      // §11.3: three missed replies mean the link is gone.
      stats.error("3 heartbeats unanswered");
      if (channel != null) {
        channel.close();
      }
      return;
    }
    missedHeartbeats++;
    int count = config.heartbeatPerGun() ? guns.length : 1;
    for (int i = 0; i < count; i++) {
      send(new Heartbeat(code, guns[i].number, Code.of(GunHealth.NORMAL)));
    }
  }

  private void idleData() {
    for (Gun g : guns) {
      if (g.session == null) {
        sendRealTimeData(g, null);
      }
    }
  }

  private void sweepUnanswered() {
    long limit = System.nanoTime() - config.replyTimeout().toNanos();
    outstanding.forEach(
        (type, sent) -> {
          int stale = 0;
          while (!sent.isEmpty() && sent.peekFirst() < limit) {
            sent.pollFirst();
            stale++;
          }
          stats.unanswered(type, stale);
        });
  }

  // ---------------------------------------------------------------- receiving

  private final class Handler extends SimpleChannelInboundHandler<Object> {

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      onActive(ctx.channel());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      onInactive(ctx.channel());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof YkcFrame frame) {
        onFrame(frame);
      } else if (msg instanceof InvalidFrame invalid) {
        stats.error("invalid frame from platform: " + invalid.reason());
        listeners.forEach(l -> l.invalid(VirtualPile.this, invalid));
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      stats.error("channel: " + cause.getClass().getSimpleName());
      ctx.close();
    }
  }

  private void onFrame(YkcFrame frame) {
    stats.received();
    YkcMessage message = frame.message();
    FrameType request = REQUEST_OF_REPLY.get(message.type());
    if (request != null) {
      ArrayDeque<Long> sent = outstanding.get(request);
      if (sent != null && !sent.isEmpty()) {
        stats.replied(request, System.nanoTime() - sent.pollFirst());
      }
    }
    if (message instanceof PlatformMessage command) {
      act(frame, command);
    }
    if (config.keepReceivedFrames()) {
      receivedFrames.add(frame);
    }
    for (var it = waiters.iterator(); it.hasNext(); ) {
      if (it.next().offer(message)) {
        it.remove();
      }
    }
    listeners.forEach(l -> l.received(this, frame));
  }

  private void act(YkcFrame frame, PlatformMessage command) {
    if (command instanceof LoginReply reply) {
      if (firstLogin != null) {
        firstLogin.complete(reply);
      }
      if (reply.accepted()) {
        onLoggedIn();
      } else {
        stats.error("login refused");
        channel.close();
      }
    } else if (command instanceof HeartbeatReply) {
      missedHeartbeats = 0;
    } else if (command instanceof BillingModelVerifyReply reply) {
      if (modelState == ModelState.VERIFYING) {
        modelState = reply.consistent() && model != null ? ModelState.READY : ModelState.REQUESTING;
        advanceModel();
      }
    } else if (command instanceof BillingModelReply reply) {
      model = reply.model();
      modelNumber = model.number();
      modelState = ModelState.READY;
    } else if (command instanceof BillingModelSet set) {
      model = set.model();
      modelNumber = model.number();
      modelState = ModelState.READY;
      reply(frame, new BillingModelSetReply(code, true));
    } else if (command instanceof TimeSync sync) {
      reply(frame, new TimeSyncReply(code, sync.time()));
    } else if (command instanceof RemoteStart start) {
      remoteStart(frame, start);
    } else if (command instanceof ParallelRemoteStart start) {
      parallelRemoteStart(frame, start);
    } else if (command instanceof RemoteStop stop) {
      remoteStop(frame, stop);
    } else if (command instanceof CardStartReply reply) {
      cardStartReply(reply);
    } else if (command instanceof TransactionRecordAck ack) {
      pendingRecords.remove(ack.transactionSerial());
      recordAcks
          .computeIfAbsent(ack.transactionSerial(), s -> new CompletableFuture<>())
          .complete(ack);
    } else if (command instanceof ReadRealTimeData read) {
      if (validGun(read.gun())) {
        sendRealTimeData(gunAt(read.gun()), frame);
      }
    } else if (command instanceof WorkParameters parameters) {
      outOfService = parameters.outOfService();
      maxPowerPercent = parameters.maxPowerPercent();
      reply(frame, new WorkParametersReply(code, true));
    } else if (command instanceof RemoteReboot reboot) {
      reply(frame, new RemoteRebootReply(code, true));
      if (reboot.control() == ExecutionControl.IMMEDIATELY || allIdle()) {
        reboot();
      } else {
        rebootWhenIdle = true;
      }
    } else if (command instanceof BalanceUpdate update) {
      balanceUpdate(frame, update);
    } else if (command instanceof OfflineCardSync sync) {
      boolean fits = whitelist.size() + sync.cards().size() <= MAX_WHITELIST;
      if (fits) {
        for (OfflineCard card : sync.cards()) {
          whitelist.put(card.physical(), card.logical());
        }
      }
      reply(
          frame,
          new OfflineCardSyncReply(
              code, fits, Code.of(fits ? CardSyncFailure.NONE : CardSyncFailure.STORAGE_FULL)));
    } else if (command instanceof OfflineCardClear clear) {
      List<ClearedCard> cleared = new ArrayList<>();
      for (PhysicalCardNumber card : clear.cards()) {
        boolean removed = whitelist.remove(card) != null;
        cleared.add(new ClearedCard(card, removed, removed ? 0 : 1));
      }
      reply(frame, new OfflineCardClearReply(code, cleared));
    } else if (command instanceof OfflineCardQuery query) {
      List<CardPresence> presence = new ArrayList<>();
      for (PhysicalCardNumber card : query.cards()) {
        presence.add(new CardPresence(card, whitelist.containsKey(card)));
      }
      reply(frame, new OfflineCardQueryReply(code, presence));
    } else if (command instanceof QrPrefix prefix) {
      qrPrefix = prefix;
      reply(frame, new QrPrefixReply(code, true));
    } else if (command instanceof GroundLockCommand lock) {
      reply(frame, new GroundLockResult(code, lock.gun(), true, Bytes.zeros(4)));
    } else if (command instanceof RemoteUpdate) {
      reply(frame, new RemoteUpdateReply(code, Code.of(UpdateStatus.SUCCESS)));
    }
  }

  private void remoteStart(YkcFrame frame, RemoteStart start) {
    StartFailureReason refusal = refusalFor(start.pileCode(), start.gun());
    if (refusal == StartFailureReason.GUN_NOT_PLUGGED_IN) {
      // §7.4: refuse now, succeed later if plugged in within the window.
      Gun g = gunAt(start.gun());
      ScheduledFuture<?> expiry =
          loop.schedule(
              () -> {
                g.lateStart = null;
              },
              config.lateStartWindow().toMillis(),
              TimeUnit.MILLISECONDS);
      g.lateStart = new LateStart(start, expiry);
    }
    reply(
        frame,
        new RemoteStartResult(
            start.transactionSerial(),
            code,
            start.gun(),
            refusal == StartFailureReason.NONE,
            Code.of(refusal)));
    if (refusal == StartFailureReason.NONE) {
      startSession(
          gunAt(start.gun()),
          start.transactionSerial(),
          TransactionType.APP,
          start.physicalCard(),
          start.balance());
    }
  }

  private void parallelRemoteStart(YkcFrame frame, ParallelRemoteStart start) {
    StartFailureReason refusal = refusalFor(start.pileCode(), start.gun());
    reply(
        frame,
        new ParallelRemoteStartResult(
            start.transactionSerial(),
            code,
            start.gun(),
            refusal == StartFailureReason.NONE,
            Code.of(refusal),
            Code.of(GunRole.MAIN),
            start.parallelSession()));
    if (refusal == StartFailureReason.NONE) {
      startSession(
          gunAt(start.gun()),
          start.transactionSerial(),
          TransactionType.APP,
          start.physicalCard(),
          start.balance());
    }
  }

  private StartFailureReason refusalFor(PileCode target, int gun) {
    if (!target.equals(code)) {
      return StartFailureReason.PILE_CODE_MISMATCH;
    }
    if (!validGun(gun)) {
      return StartFailureReason.DEVICE_FAULT;
    }
    StartFailureReason refusal = canStart(gunAt(gun));
    if (refusal != StartFailureReason.NONE) {
      return refusal;
    }
    return startAnswer.refusal();
  }

  /** Why the gun cannot start a session now, or NONE. A disabled pile refuses (§8.1). */
  private StartFailureReason canStart(Gun g) {
    if (outOfService || model == null) {
      return StartFailureReason.DEVICE_FAULT;
    }
    if (g.session != null || g.swipe != null) {
      return StartFailureReason.GUN_ALREADY_CHARGING;
    }
    if (!g.plugged) {
      return StartFailureReason.GUN_NOT_PLUGGED_IN;
    }
    return StartFailureReason.NONE;
  }

  private void remoteStop(YkcFrame frame, RemoteStop stop) {
    if (!stop.pileCode().equals(code)) {
      reply(
          frame,
          new RemoteStopResult(
              code, stop.gun(), false, Code.of(StopFailureReason.PILE_CODE_MISMATCH)));
      return;
    }
    if (!validGun(stop.gun()) || gunAt(stop.gun()).session == null) {
      reply(
          frame,
          new RemoteStopResult(
              code, stop.gun(), false, Code.of(StopFailureReason.GUN_NOT_CHARGING)));
      return;
    }
    reply(frame, new RemoteStopResult(code, stop.gun(), true, Code.of(StopFailureReason.NONE)));
    endSession(gunAt(stop.gun()), StopReason.REMOTE_STOP);
  }

  private void cardStartReply(CardStartReply reply) {
    if (!validGun(reply.gun())) {
      return;
    }
    Gun g = gunAt(reply.gun());
    Swipe swipe = g.swipe;
    if (swipe == null) {
      return;
    }
    g.swipe = null;
    if (reply.authorised() && g.session == null && g.plugged) {
      startSession(g, reply.transactionSerial(), TransactionType.CARD, swipe.card, reply.balance());
    }
    swipe.result.complete(reply);
  }

  private void balanceUpdate(YkcFrame frame, BalanceUpdate update) {
    BalanceUpdateResult result;
    if (!update.pileCode().equals(code)) {
      result = BalanceUpdateResult.PILE_CODE_ERROR;
    } else if (!validGun(update.gun())
        || gunAt(update.gun()).session == null
        || !(update.card().isNone() || update.card().equals(gunAt(update.gun()).session.card))) {
      result = BalanceUpdateResult.CARD_ERROR;
    } else {
      gunAt(update.gun()).session.balance = update.balance();
      result = BalanceUpdateResult.UPDATED;
    }
    reply(frame, new BalanceUpdateReply(code, update.card(), Code.of(result)));
  }

  private void reboot() {
    rebootWhenIdle = false;
    for (Gun g : guns) {
      if (g.session != null) {
        endSession(g, StopReason.POWER_LOSS);
      }
    }
    if (channel != null) {
      channel.close();
    }
  }

  // ---------------------------------------------------------------- charging

  private void startSession(
      Gun g,
      TransactionSerial serial,
      TransactionType type,
      PhysicalCardNumber card,
      BigDecimal balance) {
    Session s = new Session(serial, type, card, model, now(), g.meter, 20 + random.nextInt(21));
    s.balance = balance;
    g.session = s;
    long interval = config.chargingDataInterval().toMillis();
    g.dataTask = loop.scheduleAtFixedRate(() -> tick(g), interval, interval, TimeUnit.MILLISECONDS);
    sendRealTimeData(g, null);
  }

  private void tick(Gun g) {
    Session s = g.session;
    if (s == null) {
      return;
    }
    long millis = config.chargingDataInterval().toMillis();
    s.millis += millis;
    BigDecimal energy =
        BigDecimal.valueOf(powerWatts() * millis)
            .divide(WATT_MILLIS_PER_KWH, 4, RoundingMode.HALF_UP);
    Tier tier = s.model.tierAt(LocalDateTime.now(config.clock()).toLocalTime());
    s.energy.merge(tier, energy, BigDecimal::add);
    if (soc(s) >= 100) {
      endSession(g, StopReason.SOC_FULL);
      return;
    }
    sendRealTimeData(g, null);
  }

  private long powerWatts() {
    return config.chargePowerKw() * 1000L * maxPowerPercent / 100;
  }

  private int soc(Session s) {
    if (config.pileType() == PileType.AC) {
      return 0;
    }
    int added =
        s.totalEnergy()
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(config.batteryKwh()), 0, RoundingMode.DOWN)
            .intValue();
    return Math.min(100, s.startSoc + added);
  }

  private TransactionRecord endSession(Gun g, StopReason reason) {
    Session s = g.session;
    g.session = null;
    g.dataTask.cancel(false);
    TransactionRecord record = recordOf(g, s, reason);
    sendRealTimeData(g, null);
    keep(record);
    if (rebootWhenIdle && allIdle()) {
      reboot();
    }
    return record;
  }

  /** The record of a session that ends now; the gun's meter moves on by its energy. */
  private TransactionRecord recordOf(Gun g, Session s, StopReason reason) {
    Map<Tier, TierUsage> usage = new EnumMap<>(Tier.class);
    BigDecimal total = BigDecimal.ZERO.setScale(4);
    BigDecimal amount = BigDecimal.ZERO.setScale(4);
    for (Tier tier : Tier.values()) {
      BigDecimal energy = s.energy.getOrDefault(tier, BigDecimal.ZERO).setScale(4);
      BigDecimal price = s.model.prices(tier).total();
      BigDecimal tierAmount = energy.multiply(price).setScale(4, RoundingMode.HALF_UP);
      usage.put(
          tier,
          energy.signum() == 0 ? TierUsage.NONE : new TierUsage(price, energy, energy, tierAmount));
      total = total.add(energy);
      amount = amount.add(tierAmount);
    }
    g.meter = s.meterStart.add(total);
    Cp56Time2a end = now();
    return new TransactionRecord(
        s.serial,
        code,
        g.number,
        s.start,
        end,
        usage.get(Tier.SHARP),
        usage.get(Tier.PEAK),
        usage.get(Tier.FLAT),
        usage.get(Tier.VALLEY),
        s.meterStart,
        g.meter,
        total,
        total,
        amount,
        "",
        Code.of(s.type),
        end,
        reason,
        s.card);
  }

  /** Sends the record now and again every retry interval until the platform acknowledges it. */
  private void keep(TransactionRecord record) {
    pendingRecords.put(record.transactionSerial(), record);
    sendRecord(record);
    if (recordRetry == null) {
      long retry = config.recordRetryInterval().toMillis();
      recordRetry =
          loop.scheduleAtFixedRate(this::resendRecords, retry, retry, TimeUnit.MILLISECONDS);
    }
  }

  private void resendRecords() {
    if (loggedIn) {
      for (TransactionRecord record : List.copyOf(pendingRecords.values())) {
        sendRecord(record);
      }
    }
  }

  private void sendRecord(TransactionRecord record) {
    send(record);
    if (faults.contains(Fault.DUPLICATE_RECORDS)) {
      send(record);
    }
  }

  private void sendRealTimeData(Gun g, YkcFrame request) {
    Session s = g.session;
    RealTimeData data;
    if (s == null) {
      data =
          new RealTimeData(
              TransactionSerial.NONE,
              code,
              g.number,
              Code.of(status(g)),
              Code.of(g.plugged ? HolsterState.OUT : HolsterState.HOLSTERED),
              g.plugged,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              -50,
              0,
              0,
              -50,
              0,
              0,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              0);
    } else {
      boolean dc = config.pileType() == PileType.DC;
      int soc = soc(s);
      BigDecimal voltage = BigDecimal.valueOf(dc ? 3500 + soc * 5L : 2200, 1);
      BigDecimal current =
          BigDecimal.valueOf(powerWatts()).divide(voltage, 1, RoundingMode.HALF_UP);
      BigDecimal energy = s.totalEnergy();
      int remaining =
          dc && powerWatts() > 0
              ? (int) ((100 - soc) * config.batteryKwh() * 600L / powerWatts())
              : 0;
      data =
          new RealTimeData(
              s.serial,
              code,
              g.number,
              Code.of(GunStatus.CHARGING),
              Code.of(HolsterState.OUT),
              true,
              voltage,
              current,
              35,
              0,
              soc,
              dc ? 28 : -50,
              (int) Math.min(65535, s.millis / 60_000),
              Math.min(65535, remaining),
              energy,
              energy,
              s.totalAmount(),
              0);
    }
    if (request == null) {
      send(data);
    } else {
      reply(request, data);
    }
  }

  private GunStatus status(Gun g) {
    return g.session != null ? GunStatus.CHARGING : GunStatus.IDLE;
  }

  private boolean allIdle() {
    for (Gun g : guns) {
      if (g.session != null) {
        return false;
      }
    }
    return true;
  }

  private Cp56Time2a now() {
    return Cp56Time2a.of(LocalDateTime.now(config.clock()).truncatedTo(ChronoUnit.MILLIS));
  }

  // ---------------------------------------------------------------- sending

  private void send(YkcMessage message) {
    Sequence next = seq;
    seq = seq.next();
    write(new YkcFrame(next, crcOrder(), message));
  }

  private void reply(YkcFrame request, YkcMessage message) {
    write(new YkcFrame(request.seq(), crcOrder(), message));
  }

  private CrcOrder crcOrder() {
    return faults.contains(Fault.SWAPPED_CRC) ? CrcOrder.BE : CrcOrder.LE;
  }

  private void write(YkcFrame frame) {
    Channel ch = channel;
    if (ch == null || !ch.isActive() || faults.contains(Fault.SILENCE)) {
      return;
    }
    byte[] bytes = YkcCodec.encode(frame);
    if (faults.remove(Fault.BAD_CRC)) {
      bytes[bytes.length - 1] ^= 0x5A;
    }
    if (faults.contains(Fault.SPLIT_FRAMES)) {
      int first = 1 + random.nextInt(bytes.length - 1);
      ch.writeAndFlush(Unpooled.wrappedBuffer(bytes, 0, first));
      ch.writeAndFlush(Unpooled.wrappedBuffer(bytes, first, bytes.length - first));
    } else {
      ch.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }
    stats.sent();
    FrameType type = frame.message().type();
    if (type.direction() == FrameType.Direction.UPLINK && type.replyType().isPresent()) {
      outstanding.computeIfAbsent(type, t -> new ArrayDeque<>()).addLast(System.nanoTime());
    }
    listeners.forEach(l -> l.sent(this, frame));
  }

  private void writeGarbage() {
    Channel ch = channel;
    if (ch == null || !ch.isActive() || faults.contains(Fault.SILENCE)) {
      return;
    }
    byte[] garbage = new byte[8 + random.nextInt(24)];
    random.nextBytes(garbage);
    for (int i = 0; i < garbage.length; i++) {
      if (garbage[i] == YkcCodec.START) {
        garbage[i] = 0;
      }
    }
    ch.writeAndFlush(Unpooled.wrappedBuffer(garbage));
  }

  // ---------------------------------------------------------------- helpers

  private boolean validGun(int gun) {
    return gun >= 1 && gun <= guns.length;
  }

  private Gun gunAt(int gun) {
    if (!validGun(gun)) {
      throw new IllegalArgumentException("no gun " + gun + " on " + code);
    }
    return guns[gun - 1];
  }

  private <T> CompletionStage<T> onLoop(Supplier<T> action) {
    CompletableFuture<T> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          try {
            result.complete(action.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /** Frames a caller waits for. */
  private record Waiter<T extends YkcMessage>(
      Class<T> type, Predicate<? super T> condition, CompletableFuture<T> result) {
    boolean offer(YkcMessage message) {
      if (result.isDone()) {
        return true;
      }
      if (type.isInstance(message) && condition.test(type.cast(message))) {
        result.complete(type.cast(message));
        return true;
      }
      return false;
    }
  }

  private static final class Gun {
    final int number;
    boolean plugged = true;
    BigDecimal meter;
    Session session;
    ScheduledFuture<?> dataTask;
    LateStart lateStart;
    Swipe swipe;

    Gun(int number, BigDecimal meter) {
      this.number = number;
      this.meter = meter;
    }
  }

  private record LateStart(RemoteStart command, ScheduledFuture<?> expiry) {}

  private record Swipe(PhysicalCardNumber card, CompletableFuture<CardStartReply> result) {}

  private static final class Session {
    final TransactionSerial serial;
    final TransactionType type;
    final PhysicalCardNumber card;
    final BillingModel model;
    final Cp56Time2a start;
    final BigDecimal meterStart;
    final int startSoc;
    final Map<Tier, BigDecimal> energy = new EnumMap<>(Tier.class);
    BigDecimal balance;
    long millis;

    Session(
        TransactionSerial serial,
        TransactionType type,
        PhysicalCardNumber card,
        BillingModel model,
        Cp56Time2a start,
        BigDecimal meterStart,
        int startSoc) {
      this.serial = serial;
      this.type = type;
      this.card = card;
      this.model = model;
      this.start = start;
      this.meterStart = meterStart;
      this.startSoc = startSoc;
    }

    BigDecimal totalEnergy() {
      BigDecimal total = BigDecimal.ZERO.setScale(4);
      for (BigDecimal e : energy.values()) {
        total = total.add(e);
      }
      return total;
    }

    BigDecimal totalAmount() {
      BigDecimal total = BigDecimal.ZERO.setScale(4);
      for (Map.Entry<Tier, BigDecimal> e : energy.entrySet()) {
        total =
            total.add(
                e.getValue()
                    .multiply(model.prices(e.getKey()).total())
                    .setScale(4, RoundingMode.HALF_UP));
      }
      return total;
    }
  }
}
