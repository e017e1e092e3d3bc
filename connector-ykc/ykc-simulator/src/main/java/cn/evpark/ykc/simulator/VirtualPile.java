package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.GroundLockStatus;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.YkcMessage;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.EventLoop;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
 * <p>This class is the pile's public face; the behaviour lives in one part per capability, each
 * readable alone: {@link PileLink} (TCP, SEQ, wire faults), {@link PileSession} (login, heartbeat,
 * dispatch), and the {@link Capability}s {@link TransactionRecords}, {@link BillingModels}, {@link
 * Charging} (physics, real-time data, work parameters), {@link StartStop}, {@link OfflineCards},
 * {@link Maintenance} and {@link GroundLocks}. A new downlink frame type is one handler registered
 * in its capability's {@code register(Downlink)}; a new capability is a class and one line in the
 * constructor.
 *
 * <p>Thread model: all state lives on the pile's own event loop, taken once from the simulator's
 * shared group; the public methods hand their work to it and return futures, so they are safe from
 * any thread. Listeners are called on that loop.
 */
public final class VirtualPile {

  private final PileCode code;
  private final EventLoop loop;
  private final Observers observers;
  private final Set<Fault> faults = EnumSet.noneOf(Fault.class);
  private final PileLink link;
  private final PileSession session;
  private final Guns guns;
  private final TransactionRecords records;
  private final BillingModels models;
  private final Charging charging;
  private final StartStop startStop;
  private final OfflineCards offlineCards;
  private final Maintenance maintenance;
  private final GroundLocks groundLocks;

  VirtualPile(
      SimulatorConfig config,
      SimulatorStats stats,
      Bootstrap bootstrap,
      InetSocketAddress remote,
      InetSocketAddress local,
      PileCode code,
      EventLoop loop) {
    this.code = code;
    this.loop = loop;
    Random random = new Random(code.value().hashCode());
    this.observers = new Observers(config, loop);
    this.link =
        new PileLink(
            this, config, stats, bootstrap, remote, local, loop, random, faults, observers);
    this.guns = new Guns(code, config.guns(), random);
    this.records = new TransactionRecords(config, code, loop, link, faults, this::isLoggedIn);
    this.models = new BillingModels(config, code, link);
    this.charging = new Charging(config, code, loop, random, link, guns, models, records);
    this.startStop = new StartStop(config, code, loop, link, guns, charging);
    this.offlineCards = new OfflineCards(code, link);
    this.maintenance = new Maintenance(code, link, guns, charging);
    this.groundLocks = new GroundLocks(config, code, link, this::isLoggedIn);
    // The order is that of the spec's traffic after login (§11.2): records, model, data.
    List<Capability> capabilities =
        List.of(records, models, charging, startStop, offlineCards, maintenance, groundLocks);
    this.session =
        new PileSession(
            this, config, stats, link, faults, observers, new ConnectionTasks(loop), capabilities);
  }

  // ---------------------------------------------------------------- connection

  public PileCode code() {
    return code;
  }

  /** True while logged in. */
  public boolean isLoggedIn() {
    return session.isLoggedIn();
  }

  /**
   * Opens the connection and logs in; reconnects with back-off until {@link #disconnect()}.
   *
   * @return the reply to the first login (accepted or not)
   */
  public CompletionStage<LoginReply> connect() {
    CompletableFuture<LoginReply> result = new CompletableFuture<>();
    loop.execute(() -> session.connect(result));
    return result;
  }

  /** Closes the connection and stays offline. */
  public CompletionStage<Void> disconnect() {
    return run(link::disconnect);
  }

  /** Drops the connection as a network fault would; the pile reconnects with back-off. */
  public CompletionStage<Void> drop() {
    return run(link::drop);
  }

  /**
   * Sends a message of the caller's choosing as it is, next in the pile's SEQ order: for scripted
   * sessions, e.g. a transaction record the platform must take as a re-send. Nothing of the pile's
   * own state changes.
   */
  public CompletionStage<Void> send(PileMessage message) {
    return run(() -> link.send((YkcMessage) message));
  }

  // ---------------------------------------------------------------- observing

  /** Observes this pile. */
  public void addListener(PileListener listener) {
    observers.add(listener);
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
    return observers.first(type, condition);
  }

  /** The next message of {@code type} received after this call. */
  public <T extends YkcMessage> CompletableFuture<T> nextReceived(Class<T> type) {
    return observers.next(type);
  }

  /** Every frame received so far, oldest first. */
  public List<YkcFrame> receivedFrames() {
    return observers.receivedFrames();
  }

  // ---------------------------------------------------------------- at the pile

  /** Plugs the gun into a vehicle; completes a remote start refused as "not plugged in" in time. */
  public CompletionStage<Void> plugIn(int gun) {
    return run(
        () -> {
          Gun g = guns.at(gun);
          g.plugged = true;
          charging.sendRealTimeData(g, null);
          startStop.pluggedIn(g);
        });
  }

  /** Unplugs the gun; a running session ends at once with its transaction record (§11.6.5). */
  public CompletionStage<Void> unplug(int gun) {
    return run(
        () -> {
          Gun g = guns.at(gun);
          g.plugged = false;
          if (g.session != null) {
            charging.end(g, new StopReason(0x6B));
          } else {
            charging.sendRealTimeData(g, null);
          }
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
          Gun g = guns.at(gun);
          StartFailureReason refusal =
              isLoggedIn() ? charging.canStart(g) : StartFailureReason.DEVICE_OFFLINE;
          startStop.swipe(g, card, refusal, result);
        });
    return result;
  }

  /**
   * Asks for a parallel-charging start at the gun by card: sends 0xA1 ({@code ykc-protocol.md
   * §7.12}) and, if the platform authorises it with 0xA2, starts charging on that gun.
   *
   * @param role whether the gun leads the session or joins it
   * @param session the number shared by every gun of the session ({@code yyMMddHHmmss})
   * @return the platform's 0xA2; fails at once if the pile cannot start (offline, out of service,
   *     no billing model, gun busy or unplugged), or if the connection drops before the answer
   */
  public CompletionStage<ParallelStartReply> requestParallelStart(
      int gun, PhysicalCardNumber card, GunRole role, ParallelSessionNumber session) {
    CompletableFuture<ParallelStartReply> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          Gun g = guns.at(gun);
          StartFailureReason refusal =
              isLoggedIn() ? charging.canStart(g) : StartFailureReason.DEVICE_OFFLINE;
          startStop.requestParallelStart(g, card, role, session, refusal, result);
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
          Gun g = guns.at(gun);
          if (g.session == null) {
            throw new IllegalStateException("gun " + gun + " is not charging");
          }
          return charging.end(g, StopReason.MANUAL_STOP);
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
    return onLoop(() -> charging.chargeOffline(guns.at(gun), serial, card, kwh));
  }

  // ---------------------------------------------------------------- behaviour

  /**
   * How the pile answers remote starts from now on; completes once in force (a frame already on its
   * way to the pile may still meet the previous answer).
   */
  public CompletionStage<Void> answerRemoteStartsWith(RemoteStartAnswer answer) {
    return run(() -> startStop.answerRemoteStartsWith(answer));
  }

  /**
   * Turns a fault on; one-shot faults fire with the next frame (or at once for garbage). Completes
   * once in force.
   */
  public CompletionStage<Void> inject(Fault fault) {
    return run(
        () -> {
          if (fault == Fault.GARBAGE) {
            link.writeGarbage();
          } else {
            faults.add(fault);
          }
        });
  }

  /** Turns a fault off; completes once off. */
  public CompletionStage<Void> clear(Fault fault) {
    return run(() -> faults.remove(fault));
  }

  /**
   * A vehicle enters the gun's bay (as the lock's sensor sees it): the ground lock reports it at
   * once (0x61), and refuses to raise until the bay is empty.
   *
   * @throws IllegalArgumentException (through the stage) when the pile has no ground locks
   */
  public CompletionStage<Void> vehicleArrives(int gun) {
    return run(() -> groundLocks.vehicle(gun, true));
  }

  /** The vehicle leaves the gun's bay; the ground lock reports it at once (0x61). */
  public CompletionStage<Void> vehicleLeaves(int gun) {
    return run(() -> groundLocks.vehicle(gun, false));
  }

  // ---------------------------------------------------------------- state

  /** The gun's ground lock as its next status report (0x61) would give it. */
  public CompletionStage<GroundLockStatus> groundLock(int gun) {
    return onLoop(() -> groundLocks.status(gun));
  }

  /** The gun's state now. */
  public CompletionStage<GunSnapshot> gun(int gun) {
    return onLoop(
        () -> {
          Gun g = guns.at(gun);
          ChargingSession s = g.session;
          return new GunSnapshot(
              gun,
              charging.status(g),
              g.plugged,
              s == null ? TransactionSerial.NONE : s.serial,
              s == null ? BigDecimal.ZERO.setScale(4) : s.totalEnergy(),
              s == null ? BigDecimal.ZERO.setScale(4) : s.totalAmount());
        });
  }

  /** The billing model the pile holds, if any. */
  public CompletionStage<Optional<BillingModel>> billingModel() {
    return onLoop(models::model);
  }

  /** What the platform has set on the pile: work parameters, QR prefix, offline cards. */
  public CompletionStage<PileSettings> settings() {
    return onLoop(
        () ->
            new PileSettings(
                charging.outOfService(),
                charging.maxPowerPercent(),
                maintenance.qrPrefix(),
                offlineCards.cards()));
  }

  /** Transaction records not yet acknowledged, oldest first. */
  public CompletionStage<List<TransactionRecord>> pendingRecords() {
    return onLoop(records::pending);
  }

  /** Completes when the platform acknowledges the record {@code serial} with 0x40. */
  public CompletionStage<TransactionRecordAck> acknowledged(TransactionSerial serial) {
    return onLoop(() -> records.acknowledged(serial)).thenCompose(f -> f);
  }

  @Override
  public String toString() {
    return "VirtualPile[" + code + "]";
  }

  private CompletionStage<Void> run(Runnable action) {
    return onLoop(
        () -> {
          action.run();
          return null;
        });
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
}
