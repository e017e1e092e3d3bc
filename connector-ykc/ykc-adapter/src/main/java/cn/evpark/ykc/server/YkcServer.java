package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.ServerStatus;
import cn.evpark.ykc.api.YkcMetrics;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PileScoped;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.netty.YkcFrameDecoder;
import cn.evpark.ykc.protocol.netty.YkcFrameEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The YKC TCP server: accepts pile connections, runs a {@link PileConnection} on each, and gives
 * the platform commands and live state.
 *
 * <p>Uses epoll where the platform has it, NIO elsewhere. One acceptor thread and {@code ioThreads}
 * event loops; the platform's work runs on the {@link WorkScheduler}.
 *
 * <p>Runs on: any thread.
 */
public final class YkcServer {

  static final String IDLE_HANDLER = "idle";

  private static final Logger LOG = Logger.getLogger(YkcServer.class.getName());

  private final ServerContext context;
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final FrameCounter frameCounter;
  private EventLoopGroup acceptor;
  private EventLoopGroup workers;
  private Channel serverChannel;
  private volatile int boundPort;

  public YkcServer(
      YkcServerConfig config, Platform platform, WorkScheduler scheduler, Clock clock) {
    this.context = ServerContext.of(config, platform, scheduler, clock);
    this.frameCounter = new FrameCounter(context.counters());
    this.boundPort = config.port();
  }

  /**
   * Binds the port; returns when the server accepts connections. Does nothing when it does already;
   * after {@link #stop} it binds again (new event loops, the same sessions registry and counters).
   */
  public synchronized void start() throws InterruptedException {
    if (serverChannel != null) {
      return;
    }
    YkcServerConfig config = context.config();
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    Class<? extends ServerChannel> channelType =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    acceptor = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ykc-accept", true), io);
    workers =
        new MultiThreadIoEventLoopGroup(
            config.ioThreads(), new DefaultThreadFactory("ykc-io", true), io);
    try {
      serverChannel =
          new ServerBootstrap()
              .group(acceptor, workers)
              .channel(channelType)
              .option(ChannelOption.SO_BACKLOG, 4096)
              .option(ChannelOption.SO_REUSEADDR, true)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childOption(ChannelOption.SO_KEEPALIVE, true)
              .childOption(
                  ChannelOption.WRITE_BUFFER_WATER_MARK,
                  new WriteBufferWaterMark(8 * 1024, 64 * 1024))
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      connections.add(ch);
                      assemble(ch.pipeline(), context, frameCounter);
                    }
                  })
              .bind(new InetSocketAddress(config.host(), config.port()))
              .sync()
              .channel();
    } catch (RuntimeException | InterruptedException e) {
      shutdownLoops(Duration.ZERO);
      throw e;
    }
    boundPort = ((InetSocketAddress) serverChannel.localAddress()).getPort();
    long flush = config.realTimeFlush().toMillis();
    workers
        .next()
        .scheduleAtFixedRate(context.realTime()::flush, flush, flush, TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            "YKC server listening on "
                + config.host()
                + ":"
                + boundPort
                + (epoll ? " (epoll)" : " (nio)"));
  }

  /** The handlers of one pile connection, in order from the socket to the session. */
  static void assemble(ChannelPipeline pipeline, ServerContext context, FrameCounter counter) {
    pipeline
        .addLast("frame-log", context.frameLog())
        .addLast(
            IDLE_HANDLER,
            new IdleStateHandler(
                context.config().loginTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
        .addLast("decoder", new YkcFrameDecoder())
        .addLast("encoder", new YkcFrameEncoder())
        .addLast("counter", counter)
        .addLast("session", new PileConnection(context));
  }

  /**
   * Stops accepting, disconnects every pile, and waits up to {@code grace} for the messages being
   * handed to the platform to be done.
   */
  public synchronized void stop(Duration grace) {
    if (serverChannel == null) {
      return;
    }
    serverChannel.close().awaitUninterruptibly();
    connections.close().awaitUninterruptibly(grace.toMillis());
    context.realTime().flush();
    try {
      if (!context.activeWork().awaitIdle(grace)) {
        LOG.warning(
            () -> context.activeWork().active() + " deliveries still running after " + grace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    shutdownLoops(grace);
    serverChannel = null;
    LOG.info("YKC server stopped");
  }

  private void shutdownLoops(Duration grace) {
    long timeout = Math.max(1, grace.toMillis());
    if (acceptor != null) {
      acceptor.shutdownGracefully(0, timeout, TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }
    if (workers != null) {
      workers.shutdownGracefully(0, timeout, TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }
  }

  /**
   * Sends a command to the pile it names. The returned stage completes on a worker thread, never on
   * an event loop, so callers may block in what they chain to it.
   */
  public CompletionStage<PileMessage> send(PlatformMessage command) {
    if (!(command instanceof PileScoped scoped)) {
      throw new IllegalArgumentException(command.type() + " names no pile");
    }
    CompletableFuture<PileMessage> visible = new CompletableFuture<>();
    Optional<PileConnection> connection = context.sessions().find(scoped.pileCode());
    if (connection.isEmpty()) {
      visible.completeExceptionally(new PileOfflineException(scoped.pileCode()));
      return visible;
    }
    CompletableFuture<PileMessage> onLoop = new CompletableFuture<>();
    onLoop.whenComplete(
        (reply, failure) -> {
          Runnable complete =
              () -> {
                if (failure != null) {
                  visible.completeExceptionally(failure);
                } else {
                  visible.complete(reply);
                }
              };
          try {
            context.scheduler().schedule(complete);
          } catch (RejectedExecutionException e) {
            complete.run();
          }
        });
    try {
      connection.get().submitCommand(command, onLoop);
    } catch (RejectedExecutionException shuttingDown) {
      visible.completeExceptionally(new PileOfflineException(scoped.pileCode()));
    }
    return visible;
  }

  public Optional<PileLiveState> liveState(PileCode code) {
    return context.sessions().liveState(code);
  }

  public List<PileLiveState> onlinePiles() {
    return context.sessions().online();
  }

  /** Counters of this server since it started. */
  public YkcMetrics metrics() {
    return context
        .counters()
        .snapshot(
            connections.size(), context.sessions().onlineCount(), context.realTime().dropped());
  }

  /**
   * Closes the pile's session when it is the connection {@code connectionId}: the pile logged in on
   * another instance of a cluster, which holds its session now.
   *
   * @param by where the pile logged in, for the log
   * @return whether that connection was the pile's session here
   */
  public boolean takeOver(PileCode pile, long connectionId, String by) {
    Optional<PileConnection> connection =
        context.sessions().find(pile).filter(found -> found.id() == connectionId);
    connection.ifPresent(found -> found.takenOver(by));
    return connection.isPresent();
  }

  /** Switches the hex frame log of one pile on or off. */
  public void logFrames(PileCode pile, boolean on) {
    context.frameLog().enable(pile, on);
  }

  /** The piles whose frames are logged now. */
  public Set<PileCode> frameLogged() {
    return context.frameLog().enabled();
  }

  public ServerStatus status() {
    Channel bound = serverChannel;
    return new ServerStatus(
        bound != null && bound.isActive(),
        boundPort,
        connections.size(),
        context.sessions().onlineCount());
  }
}
