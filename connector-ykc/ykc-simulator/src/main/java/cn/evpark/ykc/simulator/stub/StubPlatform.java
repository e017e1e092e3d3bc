package cn.evpark.ykc.simulator.stub;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelRequest;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TransactionAckResult;
import cn.evpark.ykc.protocol.message.TransactionBill;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.netty.InvalidFrame;
import cn.evpark.ykc.protocol.netty.YkcFrameDecoder;
import cn.evpark.ykc.protocol.netty.YkcFrameEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.AttributeKey;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A minimal platform built from the protocol's Netty codecs, for tests, demos and load runs of the
 * simulator without the real server. It accepts every login, syncs the time, serves one billing
 * model, answers heartbeats, authorises every card and acknowledges transaction records (after a
 * chosen number of copies, to exercise re-sending). Other frames are only recorded. Platform
 * commands are sent with {@link #send}.
 *
 * <p>Handlers run on its own small event-loop group.
 */
public final class StubPlatform implements AutoCloseable {

  private static final AttributeKey<PileCode> PILE = AttributeKey.valueOf("ykc.pile");
  private static final AttributeKey<Sequence> SEQ = AttributeKey.valueOf("ykc.seq");

  private final EventLoopGroup group;
  private final Channel server;
  private final BillingModel model;
  private final Clock clock;
  private final Map<PileCode, Channel> sessions = new ConcurrentHashMap<>();
  private final List<PileMessage> received = new CopyOnWriteArrayList<>();
  private final List<Waiter<?>> waiters = new ArrayList<>();
  private final Map<TransactionSerial, AtomicInteger> recordCopies = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();
  private final AtomicLong invalidFrames = new AtomicLong();
  private final CompletableFuture<InvalidFrame> firstInvalid = new CompletableFuture<>();
  private final CompletableFuture<YkcFrame> firstSwapped = new CompletableFuture<>();
  private volatile int ackAfterCopies = 1;
  private volatile boolean keepMessages = true;

  /**
   * Starts listening.
   *
   * @param port the port, 0 for any free one
   * @param model the billing model every pile gets
   * @param clock the platform's clock, for time sync
   */
  public StubPlatform(int port, BillingModel model, Clock clock) {
    this.model = model;
    this.clock = clock;
    this.group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    YkcFrameEncoder encoder = new YkcFrameEncoder();
    this.server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    ch.pipeline().addLast(new YkcFrameDecoder(), encoder, new Handler());
                  }
                })
            .bind(port)
            .syncUninterruptibly()
            .channel();
  }

  /** The port it listens on. */
  public int port() {
    return ((InetSocketAddress) server.localAddress()).getPort();
  }

  /** Acknowledge each transaction record only from its {@code copies}-th copy on (default 1). */
  public void ackRecordsFromCopy(int copies) {
    this.ackAfterCopies = copies;
  }

  /** Whether to keep received messages for {@link #received}; long load runs turn it off. */
  public void keepMessages(boolean keep) {
    this.keepMessages = keep;
  }

  /** Every message received so far, oldest first. */
  public List<PileMessage> received() {
    return List.copyOf(received);
  }

  /** Frames that were no frame, received so far. */
  public long invalidFrames() {
    return invalidFrames.get();
  }

  /** The first bytes received that were no frame. */
  public CompletableFuture<InvalidFrame> firstInvalidFrame() {
    return firstInvalid;
  }

  /** The first frame received with its CRC high byte first. */
  public CompletableFuture<YkcFrame> firstSwappedCrcFrame() {
    return firstSwapped;
  }

  /** Piles logged in now. */
  public int connectedPiles() {
    return sessions.size();
  }

  /** The first message of {@code type} matching {@code condition}, received now or later. */
  public <T extends PileMessage> CompletableFuture<T> received(
      Class<T> type, Predicate<? super T> condition) {
    CompletableFuture<T> result = new CompletableFuture<>();
    synchronized (waiters) {
      for (PileMessage message : received) {
        if (type.isInstance(message) && condition.test(type.cast(message))) {
          result.complete(type.cast(message));
          return result;
        }
      }
      waiters.add(new Waiter<>(type, condition, result));
    }
    return result;
  }

  /** The first message of {@code type}, received now or later. */
  public <T extends PileMessage> CompletableFuture<T> received(Class<T> type) {
    return received(type, m -> true);
  }

  /**
   * Sends a command to a logged-in pile with the connection's next sequence number.
   *
   * @return completes when written; fails if the pile is not connected
   */
  public CompletableFuture<Void> send(PileCode pile, PlatformMessage message) {
    Channel ch = sessions.get(pile);
    CompletableFuture<Void> result = new CompletableFuture<>();
    if (ch == null) {
      result.completeExceptionally(new IllegalStateException(pile + " is not connected"));
      return result;
    }
    ch.eventLoop()
        .execute(
            () -> {
              Sequence seq = ch.attr(SEQ).get();
              ch.attr(SEQ).set(seq.next());
              ch.writeAndFlush(YkcFrame.of(seq, message))
                  .addListener(
                      f -> {
                        if (f.isSuccess()) {
                          result.complete(null);
                        } else {
                          result.completeExceptionally(f.cause());
                        }
                      });
            });
    return result;
  }

  /** A fresh transaction serial: pile code + gun + yyMMddHHmmss + 4-digit counter. */
  public TransactionSerial newSerial(PileCode pile, int gun) {
    return TransactionSerial.of(
        pile.value()
            + String.format("%02d", gun)
            + LocalDateTime.now(clock)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyMMddHHmmss"))
            + String.format("%04d", serials.incrementAndGet() % 10_000));
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private final class Handler extends SimpleChannelInboundHandler<Object> {

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      ctx.channel().attr(SEQ).set(Sequence.ZERO);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      PileCode pile = ctx.channel().attr(PILE).get();
      if (pile != null) {
        sessions.remove(pile, ctx.channel());
      }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof InvalidFrame invalid) {
        invalidFrames.incrementAndGet();
        firstInvalid.complete(invalid);
        return;
      }
      YkcFrame frame = (YkcFrame) msg;
      if (frame.crcOrder() == CrcOrder.BE) {
        firstSwapped.complete(frame);
      }
      if (!(frame.message() instanceof PileMessage message)) {
        return;
      }
      synchronized (waiters) {
        if (keepMessages) {
          received.add(message);
        }
        waiters.removeIf(w -> w.offer(message));
      }
      answer(ctx.channel(), frame, message);
    }
  }

  private void answer(Channel ch, YkcFrame frame, PileMessage message) {
    if (message instanceof Login login) {
      ch.attr(PILE).set(login.pileCode());
      Channel previous = sessions.put(login.pileCode(), ch);
      if (previous != null && previous != ch) {
        previous.close();
      }
      ch.writeAndFlush(frame.reply(new LoginReply(login.pileCode(), true)));
      Sequence seq = ch.attr(SEQ).get();
      ch.attr(SEQ).set(seq.next());
      ch.writeAndFlush(
          YkcFrame.of(
              seq,
              new TimeSync(
                  login.pileCode(),
                  Cp56Time2a.of(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)))));
    } else if (message instanceof Heartbeat heartbeat) {
      ch.writeAndFlush(frame.reply(HeartbeatReply.to(heartbeat)));
    } else if (message instanceof BillingModelVerify verify) {
      ch.writeAndFlush(
          frame.reply(
              new BillingModelVerifyReply(
                  verify.pileCode(),
                  verify.modelNumber(),
                  verify.modelNumber().equals(model.number()))));
    } else if (message instanceof BillingModelRequest request) {
      ch.writeAndFlush(frame.reply(new BillingModelReply(request.pileCode(), model)));
    } else if (message instanceof TransactionBill bill) {
      TransactionRecord record = bill.bill();
      int copy =
          recordCopies
              .computeIfAbsent(record.transactionSerial(), s -> new AtomicInteger())
              .incrementAndGet();
      if (copy >= ackAfterCopies) {
        ch.writeAndFlush(
            frame.reply(
                new TransactionRecordAck(
                    record.transactionSerial(), TransactionAckResult.RECEIVED)));
      }
    } else if (message instanceof CardStartRequest request) {
      ch.writeAndFlush(
          frame.reply(
              new CardStartReply(
                  newSerial(request.pileCode(), request.gun()),
                  request.pileCode(),
                  request.gun(),
                  LogicalCardNumber.of(request.card().hex()),
                  new BigDecimal("100.00"),
                  true,
                  AuthFailureReason.NONE)));
    } else if (message instanceof ParallelStartRequest request) {
      // As the platform does while it offers no parallel charging (PileStartRequests).
      ch.writeAndFlush(
          frame.reply(
              new ParallelStartReply(
                  TransactionSerial.NONE,
                  request.pileCode(),
                  request.gun(),
                  LogicalCardNumber.NONE,
                  BigDecimal.ZERO,
                  false,
                  AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE,
                  request.parallelSession())));
    }
  }

  private record Waiter<T extends PileMessage>(
      Class<T> type, Predicate<? super T> condition, CompletableFuture<T> result) {
    boolean offer(PileMessage message) {
      if (type.isInstance(message) && condition.test(type.cast(message))) {
        result.complete(type.cast(message));
        return true;
      }
      return false;
    }
  }
}
