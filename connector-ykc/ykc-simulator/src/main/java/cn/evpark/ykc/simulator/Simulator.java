package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.PileCode;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A set of {@link VirtualPile}s sharing one Netty event-loop group: thousands of piles run on a few
 * threads, none per pile.
 *
 * <pre>{@code
 * try (Simulator simulator = new Simulator(SimulatorConfig.builder().port(8767).build())) {
 *   VirtualPile pile = simulator.addPile(PileCode.of("32010200000001"));
 *   pile.connect().toCompletableFuture().get(10, SECONDS);
 *   RemoteReboot reboot = pile.received(RemoteReboot.class).get(10, SECONDS);
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

  private final SimulatorConfig config;
  private final EventLoopGroup group;
  private final Bootstrap bootstrap;
  private final SimulatorStats stats = new SimulatorStats();
  private final List<VirtualPile> piles = new CopyOnWriteArrayList<>();

  public Simulator(SimulatorConfig config) {
    this.config = config;
    this.group = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
    this.bootstrap =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS,
                (int) Math.min(Integer.MAX_VALUE, config.replyTimeout().toMillis()));
  }

  public SimulatorConfig config() {
    return config;
  }

  /** A new pile, not yet connected; see {@link VirtualPile#connect()}. */
  public VirtualPile addPile(PileCode code) {
    List<InetAddress> sources = config.sourceAddresses();
    InetSocketAddress local =
        sources.isEmpty()
            ? null
            : new InetSocketAddress(sources.get(piles.size() % sources.size()), 0);
    VirtualPile pile =
        new VirtualPile(
            config,
            stats,
            bootstrap,
            new InetSocketAddress(config.host(), config.port()),
            local,
            code,
            group.next());
    piles.add(pile);
    return pile;
  }

  /** {@code count} new piles with consecutive codes from {@code first}. */
  public List<VirtualPile> addPiles(PileCode first, int count) {
    List<VirtualPile> added = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      added.add(addPile(first.plus(i)));
    }
    return added;
  }

  public List<VirtualPile> piles() {
    return List.copyOf(piles);
  }

  /** Connects every pile; completes when each has had its first login reply. */
  public CompletableFuture<Void> connectAll() {
    return CompletableFuture.allOf(
        piles.stream()
            .map(p -> p.connect().toCompletableFuture())
            .toArray(CompletableFuture[]::new));
  }

  /**
   * Starts a new measurement window: the next {@link #report()} covers only what happens from now
   * on (e.g. steady load after the piles connected).
   */
  public void resetStats() {
    stats.reset();
  }

  /** What the piles saw so far. */
  public LoadReport report() {
    int connected = (int) piles.stream().filter(VirtualPile::isLoggedIn).count();
    return stats.report(piles.size(), connected);
  }

  /** Disconnects every pile and stops the event loops. */
  @Override
  public void close() {
    for (VirtualPile pile : piles) {
      pile.disconnect();
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
