package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
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
import java.net.InetSocketAddress;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The TCP link of one {@link VirtualPile}: connecting with exponential back-off, SEQ numbering
 * ({@code ykc-protocol.md §2}), writing frames with the wire faults in force ({@link
 * Fault#BAD_CRC}, {@link Fault#SWAPPED_CRC}, {@link Fault#SPLIT_FRAMES}, {@link Fault#SILENCE},
 * {@link Fault#GARBAGE}) and handing decoded frames to its {@link Events}. It knows nothing of what
 * the frames mean.
 *
 * <p>Runs on: the pile's event loop, every method.
 */
final class PileLink {

  /** What the link reports; each call on the pile's event loop. */
  interface Events {
    /** A new connection is open; the pile speaks first (login). */
    void opened(Channel channel);

    /** The connection closed; a reconnect is scheduled if still wanted. */
    void closed();

    /** A decoded frame arrived. */
    void frame(YkcFrame frame);
  }

  private final SimulatorConfig config;
  private final SimulatorStats stats;
  private final Bootstrap bootstrap;
  private final InetSocketAddress remote;
  private final InetSocketAddress local;
  private final EventLoop loop;
  private final Random random;
  private final Set<Fault> faults;
  private final ReplyClock replies;
  private final Observers observers;
  private final VirtualPile pile;
  private Events events;
  private Channel channel;
  private boolean wantConnected;
  private boolean lostConnection;
  private int reconnectAttempt;
  private Sequence seq = Sequence.ZERO;

  PileLink(
      VirtualPile pile,
      SimulatorConfig config,
      SimulatorStats stats,
      Bootstrap bootstrap,
      InetSocketAddress remote,
      InetSocketAddress local,
      EventLoop loop,
      Random random,
      Set<Fault> faults,
      Observers observers) {
    this.pile = pile;
    this.config = config;
    this.stats = stats;
    this.bootstrap = bootstrap;
    this.remote = remote;
    this.local = local;
    this.loop = loop;
    this.random = random;
    this.faults = faults;
    this.observers = observers;
    this.replies = new ReplyClock(stats, config.replyTimeout());
  }

  void events(Events events) {
    this.events = events;
  }

  ReplyClock replies() {
    return replies;
  }

  /** Connects now (unless connected) and keeps reconnecting until {@link #disconnect()}. */
  void connect() {
    wantConnected = true;
    open();
  }

  /** Closes the connection and stays offline. */
  void disconnect() {
    wantConnected = false;
    drop();
  }

  /** Closes the connection as a network fault would; it reconnects if still wanted. */
  void drop() {
    if (channel != null) {
      channel.close();
    }
  }

  /** Closes {@code ch} if it is still the current connection. */
  void drop(Channel ch) {
    if (ch == channel) {
      ch.close();
    }
  }

  /** The platform accepted a login: the next reconnect starts the back-off afresh. */
  void loggedIn() {
    reconnectAttempt = 0;
  }

  /** Sends {@code message} with the next SEQ. */
  void send(YkcMessage message) {
    Sequence next = seq;
    seq = seq.next();
    write(new YkcFrame(next, crcOrder(), message));
  }

  /** Sends {@code message} as the answer to {@code request}, with its SEQ (§2). */
  void reply(YkcFrame request, YkcMessage message) {
    write(new YkcFrame(request.seq(), crcOrder(), message));
  }

  /** Writes a run of random bytes without a start byte ({@link Fault#GARBAGE}). */
  void writeGarbage() {
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
    replies.sent(frame.message().type());
    observers.tell(l -> l.sent(pile, frame));
  }

  private void open() {
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
    loop.schedule(this::open, delay, TimeUnit.MILLISECONDS);
  }

  private void onActive(Channel ch) {
    if (ch != channel) {
      ch.close();
      return;
    }
    seq = Sequence.ZERO;
    events.opened(ch);
  }

  private void onInactive(Channel ch) {
    if (ch != channel) {
      return;
    }
    channel = null;
    lostConnection = true;
    replies.lost();
    events.closed();
    scheduleReconnect();
  }

  /** Decoded frames and link state to the pile. Runs on: the pile's event loop. */
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
        stats.received();
        replies.received(frame.message().type());
        events.frame(frame);
      } else if (msg instanceof InvalidFrame invalid) {
        stats.error("invalid frame from platform: " + invalid.reason());
        observers.tell(l -> l.invalid(pile, invalid));
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      stats.error("channel: " + cause.getClass().getSimpleName());
      ctx.close();
    }
  }
}
