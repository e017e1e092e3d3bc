package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The logged-in session over a {@link PileLink}: login (0x01/0x02) as each connection opens,
 * heartbeats (0x03/0x04) with a reconnect after three missed replies ({@code ykc-protocol.md
 * §11.3}), and the hand-off of every platform frame to the {@link Capability} that handles it
 * through the {@link Downlink} table. On login it starts the capabilities' connection work in their
 * order; on loss it cancels it.
 *
 * <p>Runs on: the pile's event loop, except {@link #isLoggedIn()}.
 */
final class PileSession implements PileLink.Events {

  private final VirtualPile pile;
  private final SimulatorConfig config;
  private final SimulatorStats stats;
  private final PileCode code;
  private final PileLink link;
  private final Set<Fault> faults;
  private final Observers observers;
  private final ConnectionTasks tasks;
  private final int guns;
  private final Downlink downlink = new Downlink();
  private final List<Capability> capabilities;
  private volatile boolean loggedIn;
  private int missedHeartbeats;
  private CompletableFuture<LoginReply> firstLogin;

  PileSession(
      VirtualPile pile,
      SimulatorConfig config,
      SimulatorStats stats,
      PileLink link,
      Set<Fault> faults,
      Observers observers,
      ConnectionTasks tasks,
      List<Capability> capabilities) {
    this.pile = pile;
    this.config = config;
    this.stats = stats;
    this.code = pile.code();
    this.link = link;
    this.faults = faults;
    this.observers = observers;
    this.tasks = tasks;
    this.guns = config.guns();
    this.capabilities = List.copyOf(capabilities);
    downlink.on(LoginReply.class, (frame, reply) -> loginReply(reply));
    downlink.on(HeartbeatReply.class, (frame, reply) -> missedHeartbeats = 0);
    for (Capability capability : this.capabilities) {
      capability.register(downlink);
    }
    link.events(this);
  }

  boolean isLoggedIn() {
    return loggedIn;
  }

  /** Connects and completes {@code result} with the reply to the first login of this call. */
  void connect(CompletableFuture<LoginReply> result) {
    if (firstLogin == null || firstLogin.isDone()) {
      firstLogin = result;
    } else {
      firstLogin.whenComplete((r, e) -> result.complete(r));
    }
    link.connect();
  }

  @Override
  public void opened(Channel channel) {
    missedHeartbeats = 0;
    link.send(
        new Login(
            code,
            Code.of(config.pileType()),
            guns,
            Code.of(ProtocolVersion.class, config.protocolVersion()),
            "SIM1.0",
            Code.of(NetworkType.LAN),
            "0".repeat(20),
            0x04));
    tasks.once(
        () -> {
          if (!loggedIn) {
            stats.error("login unanswered");
            link.drop(channel);
          }
        },
        config.replyTimeout().toMillis());
  }

  @Override
  public void closed() {
    loggedIn = false;
    tasks.cancelAll();
    capabilities.forEach(Capability::disconnected);
    observers.tell(l -> l.disconnected(pile));
  }

  @Override
  public void frame(YkcFrame frame) {
    if (frame.message() instanceof PlatformMessage command) {
      downlink.dispatch(frame, command);
    }
    observers.received(frame);
    observers.tell(l -> l.received(pile, frame));
  }

  private void loginReply(LoginReply reply) {
    if (firstLogin != null) {
      firstLogin.complete(reply);
    }
    if (!reply.accepted()) {
      stats.error("login refused");
      link.drop();
      return;
    }
    loggedIn = true;
    link.loggedIn();
    stats.loggedIn();
    observers.tell(l -> l.loggedIn(pile));
    tasks.every(this::heartbeat, config.heartbeatInterval().toMillis());
    long timeout = config.replyTimeout().toMillis();
    tasks.every(link.replies()::sweep, timeout);
    for (Capability capability : capabilities) {
      capability.loggedIn(tasks);
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
      link.drop();
      return;
    }
    missedHeartbeats++;
    int count = config.heartbeatPerGun() ? guns : 1;
    for (int i = 1; i <= count; i++) {
      link.send(new Heartbeat(code, i, Code.of(GunHealth.NORMAL)));
    }
  }
}
