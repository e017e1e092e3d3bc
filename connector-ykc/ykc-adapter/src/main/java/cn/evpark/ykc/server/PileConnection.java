package cn.evpark.ykc.server;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PileScoped;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.RawMessage;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TransactionBill;
import cn.evpark.ykc.protocol.netty.InvalidFrame;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pile's TCP connection: the session state machine of {@code ykc-protocol.md §11}.
 *
 * <pre>
 *   AWAITING_LOGIN --0x01--> AUTHORIZING --platform says yes--> ONLINE --close/idle--> CLOSED
 *                                        --platform says no---> (0x02 failure) CLOSED
 * </pre>
 *
 * <p>Before the login succeeds every other frame is dropped. Online, heartbeats are answered here
 * and real-time data updates the live gun states; replies to commands complete them; every other
 * message goes to the platform in order, and its reply is written back with the request's SEQ.
 *
 * <p>Runs on: the connection's event loop, except {@link #liveState()} and {@link #submitCommand}
 * (any thread).
 */
final class PileConnection extends ChannelInboundHandlerAdapter {

  /** China local time, the only time a pile knows (§3.1). */
  static final ZoneId PILE_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Logger LOG = Logger.getLogger(PileConnection.class.getName());

  /**
   * Connection ids count up from a random start, so that the ids of several instances sharing one
   * database (a cluster) do not meet: a pile's 在线 state is kept per connection id.
   */
  private static final AtomicLong IDS = new AtomicLong(new SecureRandom().nextLong() >>> 2);

  private enum State {
    AWAITING_LOGIN,
    AUTHORIZING,
    ONLINE,
    CLOSED
  }

  private final ServerContext server;
  private final long id = IDS.incrementAndGet();
  private final Map<Integer, GunState> guns = new ConcurrentHashMap<>();
  private volatile State state = State.AWAITING_LOGIN;
  private volatile PileCode pileCode;
  private Code<ProtocolVersion> version;
  private volatile Instant lastFrameAt;
  private volatile Instant onlineSince;
  private Channel channel;
  private String remoteAddress = "?";
  private InboundQueue inbound;
  private CommandChannel commands;
  private Sequence nextSeq = Sequence.ZERO;
  private int badFramesInARow;
  private boolean badFrameLogged;
  private ScheduledFuture<?> timeSync;

  PileConnection(ServerContext server) {
    this.server = server;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    remoteAddress = String.valueOf(channel.remoteAddress());
    lastFrameAt = server.clock().instant();
    inbound =
        new InboundQueue(
            server.config().maxQueuedPerPile(),
            server.platform(),
            server.scheduler(),
            server.places(),
            new DeliveryOutcome(),
            server.activeWork(),
            channel::isActive);
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    lastFrameAt = server.clock().instant();
    if (msg instanceof InvalidFrame bad) {
      badFrame(bad);
    } else if (msg instanceof YkcFrame frame) {
      badFramesInARow = 0;
      received(frame);
    }
  }

  private void received(YkcFrame frame) {
    switch (state) {
      case AWAITING_LOGIN -> {
        if (frame.message() instanceof Login login) {
          authorize(frame, login);
        } else {
          LOG.fine(() -> this + ": dropped " + frame.message().type() + " before login");
        }
      }
      case AUTHORIZING ->
          LOG.fine(() -> this + ": dropped " + frame.message().type() + " while authorizing");
      case ONLINE -> online(frame);
      case CLOSED -> {}
    }
  }

  private void authorize(YkcFrame frame, Login login) {
    state = State.AUTHORIZING;
    pileCode = login.pileCode();
    version = login.protocolVersion();
    channel.attr(FrameLog.PILE).set(pileCode);
    server.unknownCodes().check(pileCode, login);
    if (!inbound.offer(new InboundQueue.Message(event(frame), frame.seq()))) {
      LOG.warning(() -> this + ": cannot hand the login to the platform; closing");
      channel.close();
    }
  }

  private void online(YkcFrame frame) {
    if (!(frame.message() instanceof PileMessage message)) {
      unknownFrame(frame);
      return;
    }
    if (message instanceof PileScoped scoped && !scoped.pileCode().equals(pileCode)) {
      LOG.warning(() -> this + ": dropped " + message.type() + " naming pile " + scoped.pileCode());
      return;
    }
    server.unknownCodes().check(pileCode, message);
    if (message instanceof Heartbeat heartbeat) {
      heartbeat(frame, heartbeat);
    } else if (message instanceof RealTimeData data) {
      realTimeData(frame, data);
    } else if (message instanceof TransactionBill) {
      transactionRecord(frame);
    } else if (!commands.offerReply(message)) {
      deliver(frame, message);
    }
  }

  /**
   * A frame of a type not in the table, or a downlink type, is not handled. A pile that reported a
   * version the platform does not know is expected to send such frames, so each of them is logged
   * raw, at INFO, for whoever adds that version (docs/ykc-versions.md); from other piles they are
   * logged at FINE.
   */
  private void unknownFrame(YkcFrame frame) {
    Level level = version.isKnown() ? Level.FINE : Level.INFO;
    if (LOG.isLoggable(level)) {
      String code =
          frame.message() instanceof RawMessage raw
              ? String.format("0x%02X", raw.typeCode())
              : frame.message().type().hexCode();
      LOG.log(
          level,
          this
              + " (protocol version "
              + ProtocolVersion.label(version)
              + "): ignored frame of type "
              + code
              + ": "
              + HexFormat.of().withUpperCase().formatHex(YkcCodec.encode(frame)));
    }
  }

  /** Live state always; the record only for a charging session or a change of state. */
  private void realTimeData(YkcFrame frame, RealTimeData data) {
    GunState now = GunStates.of(data);
    GunState before = guns.put(data.gun(), now);
    if (!data.transactionSerial().isNone() || before != now) {
      server.realTime().offer(event(frame));
    }
  }

  /** Settled in a batch with other piles' records; answered after that batch commits. */
  private void transactionRecord(YkcFrame frame) {
    Sequence seq = frame.seq();
    TransactionRecordBatcher.Answer answer =
        new TransactionRecordBatcher.Answer() {
          @Override
          public void answered(Optional<PlatformMessage> reply) {
            reply.ifPresent(
                message ->
                    channel
                        .eventLoop()
                        .execute(
                            () -> {
                              if (state != State.CLOSED) {
                                channel.writeAndFlush(YkcFrame.of(seq, message));
                              }
                            }));
          }

          @Override
          public void failed(RuntimeException cause) {
            server.counters().deliveryFailure();
            LOG.log(
                Level.WARNING,
                PileConnection.this + ": the platform failed on a transaction record",
                cause);
          }
        };
    if (!server.records().offer(new TransactionRecordBatcher.Pending(event(frame), answer))) {
      server.counters().deliveryFailure();
      LOG.warning(() -> this + ": transaction record queue full, dropped a record");
    }
  }

  private void heartbeat(YkcFrame frame, Heartbeat heartbeat) {
    guns.compute(
        heartbeat.gun(),
        (gun, before) -> {
          if (heartbeat.gunHealth().is(GunHealth.FAULT)) {
            return GunState.FAULT;
          }
          return before == null || before == GunState.FAULT ? GunState.IDLE : before;
        });
    channel.writeAndFlush(frame.reply(HeartbeatReply.to(heartbeat)), channel.voidPromise());
  }

  private void deliver(YkcFrame frame, PileMessage message) {
    if (!inbound.offer(new InboundQueue.Message(event(frame), frame.seq()))) {
      server.counters().deliveryFailure();
      LOG.warning(() -> this + ": platform queue full, dropped " + message.type());
      return;
    }
    if (inbound.size() >= server.config().maxQueuedPerPile() * 3 / 4) {
      channel.config().setAutoRead(false);
    }
  }

  private void sessionEvent(PileSessionEvent.Kind kind) {
    PileSessionEvent event =
        new PileSessionEvent(pileCode, kind, server.clock().instant(), id, remoteAddress);
    if (!inbound.offer(new InboundQueue.Session(event))) {
      LOG.warning(() -> this + ": platform queue full, dropped the " + kind + " event");
    }
  }

  private PileEvent event(YkcFrame frame) {
    return new PileEvent(pileCode, frame, lastFrameAt, id, remoteAddress);
  }

  /** What the platform said; runs on the connection's event loop. */
  private void answered(InboundQueue.Message inbound, Optional<PlatformMessage> reply) {
    if (state == State.CLOSED) {
      return;
    }
    if (inbound.event().message() instanceof Login) {
      boolean accepted =
          reply
              .filter(LoginReply.class::isInstance)
              .map(r -> ((LoginReply) r).accepted())
              .orElse(false);
      if (accepted && state == State.ONLINE) {
        // The pile logged in again on this connection (its reply lost, say): answer it and go on.
        // Going online again would take this session over from itself and close it.
        channel.writeAndFlush(YkcFrame.of(inbound.seq(), reply.get()));
      } else if (accepted) {
        goOnline(inbound.seq(), reply.get());
      } else {
        refuse(inbound.seq());
      }
      return;
    }
    reply.ifPresent(message -> channel.writeAndFlush(YkcFrame.of(inbound.seq(), message)));
  }

  private void goOnline(Sequence seq, PlatformMessage reply) {
    state = State.ONLINE;
    onlineSince = server.clock().instant();
    commands =
        new CommandChannel(
            pileCode,
            channel.eventLoop(),
            this::send,
            server.commandPolicy(),
            server.config().maxQueuedCommandsPerPile(),
            server.counters());
    channel
        .pipeline()
        .replace(
            YkcServer.IDLE_HANDLER,
            YkcServer.IDLE_HANDLER,
            new IdleStateHandler(
                server.config().idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
    server.sessions().register(this).ifPresent(old -> old.takenOver(remoteAddress));
    channel.writeAndFlush(YkcFrame.of(seq, reply));
    LOG.info(
        () ->
            this
                + ": logged in, protocol version "
                + ProtocolVersion.label(version)
                + (version.isKnown()
                    ? ""
                    : String.format(" (0x%02X, not known here)", version.raw())));
    sessionEvent(PileSessionEvent.Kind.ONLINE);
    long interval = server.config().timeSyncInterval().toMillis();
    timeSync =
        channel.eventLoop().scheduleAtFixedRate(this::syncTime, 0, interval, TimeUnit.MILLISECONDS);
  }

  private void refuse(Sequence seq) {
    LOG.info(() -> this + ": login refused");
    state = State.CLOSED;
    channel
        .writeAndFlush(YkcFrame.of(seq, new LoginReply(pileCode, false)))
        .addListener(ChannelFutureListener.CLOSE);
  }

  private void syncTime() {
    try {
      syncTimeNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, this + ": cannot sync the clock", e);
    }
  }

  private void syncTimeNow() {
    CompletableFuture<PileMessage> result = new CompletableFuture<>();
    commands.submit(new TimeSync(pileCode, pileTimeNow()), result);
    result.whenComplete(
        (reply, failure) -> {
          if (failure != null) {
            LOG.fine(() -> this + ": time sync failed: " + failure.getMessage());
          }
        });
  }

  /** This connection's id, unique on this instance ({@link PileSessionEvent#connectionId}). */
  long id() {
    return id;
  }

  /** Another connection logged in as this pile; runs on any thread. */
  void takenOver(String by) {
    channel
        .eventLoop()
        .execute(
            () -> {
              LOG.info(() -> this + ": taken over by a new login from " + by);
              channel.close();
            });
  }

  /** Queues a command for this pile; runs on any thread. */
  void submitCommand(PlatformMessage command, CompletableFuture<PileMessage> result) {
    channel
        .eventLoop()
        .execute(
            () -> {
              if (commands == null) {
                result.completeExceptionally(
                    new PileOfflineException(
                        command instanceof PileScoped s ? s.pileCode() : pileCode));
              } else {
                commands.submit(command, result);
              }
            });
  }

  /**
   * Writes one try of a command. A time sync carries the pile's time at this write, whenever it was
   * made and however often it is tried (§8.2: the pile sets its clock to what it receives; a try
   * that waited or a retry with the first try's time would set it back by as long; issue 14).
   */
  private void send(PlatformMessage command) {
    PlatformMessage message =
        command instanceof TimeSync sync ? new TimeSync(sync.pileCode(), pileTimeNow()) : command;
    nextSeq = nextSeq.next();
    channel
        .writeAndFlush(YkcFrame.of(nextSeq, message))
        .addListener(
            written -> {
              if (!written.isSuccess()) {
                LOG.log(Level.WARNING, this + ": cannot send " + message.type(), written.cause());
              }
            });
  }

  /** Now on the pile's clock: China local time to the millisecond (§3.1). */
  private Cp56Time2a pileTimeNow() {
    return Cp56Time2a.of(
        LocalDateTime.ofInstant(server.clock().instant(), PILE_ZONE)
            .truncatedTo(ChronoUnit.MILLIS));
  }

  private void badFrame(InvalidFrame bad) {
    badFramesInARow++;
    if (!badFrameLogged) {
      badFrameLogged = true;
      LOG.warning(
          () -> this + ": bad frame (" + bad.reason() + ": " + bad.detail() + ") " + bad.hex());
    } else {
      LOG.fine(() -> this + ": bad frame (" + bad.reason() + ") " + bad.hex());
    }
    if (badFramesInARow >= server.config().maxBadFramesInARow()) {
      LOG.warning(() -> this + ": " + badFramesInARow + " bad frames in a row; closing");
      channel.close();
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof IdleStateEvent) {
      LOG.info(
          () ->
              this
                  + (state == State.ONLINE
                      ? ": silent for " + server.config().idleTimeout() + "; closing"
                      : ": no login within " + server.config().loginTimeout() + "; closing"));
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(evt);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    boolean wasOnline = state == State.ONLINE;
    state = State.CLOSED;
    if (timeSync != null) {
      timeSync.cancel(false);
    }
    if (commands != null) {
      commands.close();
    }
    if (wasOnline) {
      server.sessions().unregister(this, server.clock().instant());
      LOG.info(() -> this + ": offline");
      sessionEvent(PileSessionEvent.Kind.OFFLINE);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      LOG.fine(() -> this + ": " + cause);
    } else {
      LOG.log(Level.WARNING, this + ": closing after an unexpected error", cause);
    }
    ctx.close();
  }

  PileCode pileCode() {
    return pileCode;
  }

  Instant lastFrameAt() {
    return lastFrameAt;
  }

  PileLiveState liveState() {
    return new PileLiveState(pileCode, state == State.ONLINE, onlineSince, lastFrameAt, guns);
  }

  @Override
  public String toString() {
    return "pile " + (pileCode == null ? "?" : pileCode.value()) + " #" + id + " " + remoteAddress;
  }

  /** Hops every outcome of a delivery back onto this connection's event loop. */
  private final class DeliveryOutcome implements InboundQueue.Outcome {

    @Override
    public void replied(InboundQueue.Message message, Optional<PlatformMessage> reply) {
      channel.eventLoop().execute(() -> answered(message, reply));
    }

    @Override
    public void failed(InboundQueue.Item item, RuntimeException cause) {
      server.counters().deliveryFailure();
      String what =
          item instanceof InboundQueue.Message m
              ? m.event().message().type().toString()
              : "session event";
      if (cause instanceof PlatformUnavailableException) {
        // busy or stopping: one line, the pile sends the message again (§11.4)
        LOG.warning(
            () -> PileConnection.this + ": not delivered, " + what + ": " + cause.getMessage());
      } else {
        LOG.log(Level.WARNING, PileConnection.this + ": the platform failed on " + what, cause);
      }
      if (item instanceof InboundQueue.Message m && m.event().message() instanceof Login) {
        channel.close();
      }
    }

    @Override
    public void drained(int remaining) {
      if (remaining <= server.config().maxQueuedPerPile() / 4 && !channel.config().isAutoRead()) {
        channel.eventLoop().execute(() -> channel.config().setAutoRead(true));
      }
    }
  }
}
