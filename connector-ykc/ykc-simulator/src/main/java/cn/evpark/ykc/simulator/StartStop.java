package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BalanceUpdate;
import cn.evpark.ykc.protocol.message.BalanceUpdateReply;
import cn.evpark.ykc.protocol.message.BalanceUpdateResult;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.ParallelRemoteStart;
import cn.evpark.ykc.protocol.message.ParallelRemoteStartResult;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.RemoteStop;
import cn.evpark.ykc.protocol.message.RemoteStopResult;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.StartMethod;
import cn.evpark.ykc.protocol.message.StopFailureReason;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionType;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starting and stopping sessions ({@code ykc-protocol.md §7}): card swipes (0x31, authorised by
 * 0x32), remote starts (0x34/0x33, with the late start of §7.4), parallel remote starts
 * (0xA4/0xA3), parallel starts asked for at the pile (0xA1, answered by 0xA2), remote stops
 * (0x36/0x35) and balance updates (0x42/0x41). A start the gun cannot take is refused with the
 * {@link StartFailureReason} of its state, or with the configured {@link RemoteStartAnswer}.
 *
 * <p>Runs on: the pile's event loop.
 */
final class StartStop implements Capability {

  private final SimulatorConfig config;
  private final PileCode code;
  private final EventLoop loop;
  private final PileLink link;
  private final Guns guns;
  private final Charging charging;
  private RemoteStartAnswer startAnswer = RemoteStartAnswer.ACCEPT;

  StartStop(
      SimulatorConfig config,
      PileCode code,
      EventLoop loop,
      PileLink link,
      Guns guns,
      Charging charging) {
    this.config = config;
    this.code = code;
    this.loop = loop;
    this.link = link;
    this.guns = guns;
    this.charging = charging;
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(RemoteStart.class, this::remoteStart);
    downlink.on(ParallelRemoteStart.class, this::parallelRemoteStart);
    downlink.on(RemoteStop.class, this::remoteStop);
    downlink.on(CardStartReply.class, (frame, reply) -> cardStartReply(reply));
    downlink.on(BalanceUpdate.class, this::balanceUpdate);
    downlink.on(ParallelStartReply.class, (frame, reply) -> parallelStartReply(reply));
  }

  @Override
  public void disconnected() {
    for (Gun g : guns) {
      if (g.swipe != null) {
        g.swipe.result().completeExceptionally(new IllegalStateException("connection lost"));
        g.swipe = null;
      }
      if (g.parallelRequest != null) {
        g.parallelRequest
            .result()
            .completeExceptionally(new IllegalStateException("connection lost"));
        g.parallelRequest = null;
      }
    }
  }

  void answerRemoteStartsWith(RemoteStartAnswer answer) {
    startAnswer = answer;
  }

  /**
   * Swipes a card: sends 0x31 and starts charging if the 0x32 authorises it.
   *
   * @param refusal why the pile cannot start now, or NONE
   */
  void swipe(
      Gun g,
      PhysicalCardNumber card,
      StartFailureReason refusal,
      CompletableFuture<CardStartReply> result) {
    if (refusal != StartFailureReason.NONE) {
      result.completeExceptionally(
          new IllegalStateException("pile cannot start: " + refusal.description()));
      return;
    }
    g.swipe = new Gun.Swipe(card, result);
    link.send(
        new CardStartRequest(
            code, g.number, Code.of(StartMethod.CARD), false, card, Bytes.zeros(16), ""));
  }

  /**
   * Asks the platform to start a parallel-charging session at the gun by card: sends 0xA1 and
   * starts charging if the 0xA2 authorises it (§7.12; each gun of the session asks for itself).
   *
   * @param refusal why the pile cannot start now, or NONE
   */
  void requestParallelStart(
      Gun g,
      PhysicalCardNumber card,
      GunRole role,
      ParallelSessionNumber session,
      StartFailureReason refusal,
      CompletableFuture<ParallelStartReply> result) {
    if (refusal != StartFailureReason.NONE) {
      result.completeExceptionally(
          new IllegalStateException("pile cannot start: " + refusal.description()));
      return;
    }
    g.parallelRequest = new Gun.ParallelRequest(card, result);
    link.send(
        new ParallelStartRequest(
            code,
            g.number,
            Code.of(StartMethod.CARD),
            false,
            card,
            Bytes.zeros(16),
            "",
            Code.of(role),
            session));
  }

  /** The gun was plugged in: a remote start refused as not plugged in succeeds now (§7.4). */
  void pluggedIn(Gun g) {
    if (g.lateStart == null) {
      return;
    }
    Gun.LateStart late = g.lateStart;
    g.lateStart = null;
    late.expiry().cancel(false);
    if (charging.canStart(g) == StartFailureReason.NONE) {
      RemoteStart cmd = late.command();
      link.send(
          new RemoteStartResult(
              cmd.transactionSerial(), code, g.number, true, Code.of(StartFailureReason.NONE)));
      charging.start(
          g, cmd.transactionSerial(), TransactionType.APP, cmd.physicalCard(), cmd.balance());
    }
  }

  private void remoteStart(YkcFrame frame, RemoteStart start) {
    StartFailureReason refusal = refusalFor(start.pileCode(), start.gun());
    if (refusal == StartFailureReason.GUN_NOT_PLUGGED_IN) {
      // §7.4: refuse now, succeed later if plugged in within the window.
      Gun g = guns.at(start.gun());
      ScheduledFuture<?> expiry =
          loop.schedule(
              () -> {
                g.lateStart = null;
              },
              config.lateStartWindow().toMillis(),
              TimeUnit.MILLISECONDS);
      g.lateStart = new Gun.LateStart(start, expiry);
    }
    link.reply(
        frame,
        new RemoteStartResult(
            start.transactionSerial(),
            code,
            start.gun(),
            refusal == StartFailureReason.NONE,
            Code.of(refusal)));
    if (refusal == StartFailureReason.NONE) {
      charging.start(
          guns.at(start.gun()),
          start.transactionSerial(),
          TransactionType.APP,
          start.physicalCard(),
          start.balance());
    }
  }

  private void parallelRemoteStart(YkcFrame frame, ParallelRemoteStart start) {
    StartFailureReason refusal = refusalFor(start.pileCode(), start.gun());
    link.reply(
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
      charging.start(
          guns.at(start.gun()),
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
    if (!guns.valid(gun)) {
      return StartFailureReason.DEVICE_FAULT;
    }
    StartFailureReason refusal = charging.canStart(guns.at(gun));
    if (refusal != StartFailureReason.NONE) {
      return refusal;
    }
    return startAnswer.refusal();
  }

  private void remoteStop(YkcFrame frame, RemoteStop stop) {
    if (!stop.pileCode().equals(code)) {
      link.reply(
          frame,
          new RemoteStopResult(
              code, stop.gun(), false, Code.of(StopFailureReason.PILE_CODE_MISMATCH)));
      return;
    }
    if (!guns.valid(stop.gun()) || guns.at(stop.gun()).session == null) {
      link.reply(
          frame,
          new RemoteStopResult(
              code, stop.gun(), false, Code.of(StopFailureReason.GUN_NOT_CHARGING)));
      return;
    }
    link.reply(
        frame, new RemoteStopResult(code, stop.gun(), true, Code.of(StopFailureReason.NONE)));
    charging.end(guns.at(stop.gun()), StopReason.REMOTE_STOP);
  }

  private void cardStartReply(CardStartReply reply) {
    if (!guns.valid(reply.gun())) {
      return;
    }
    Gun g = guns.at(reply.gun());
    Gun.Swipe swipe = g.swipe;
    if (swipe == null) {
      return;
    }
    g.swipe = null;
    if (reply.authorised() && g.session == null && g.plugged) {
      charging.start(
          g, reply.transactionSerial(), TransactionType.CARD, swipe.card(), reply.balance());
    }
    swipe.result().complete(reply);
  }

  private void parallelStartReply(ParallelStartReply reply) {
    if (!guns.valid(reply.gun())) {
      return;
    }
    Gun g = guns.at(reply.gun());
    Gun.ParallelRequest request = g.parallelRequest;
    if (request == null) {
      return;
    }
    g.parallelRequest = null;
    if (reply.authorised() && charging.canStart(g) == StartFailureReason.NONE) {
      charging.start(
          g, reply.transactionSerial(), TransactionType.CARD, request.card(), reply.balance());
    }
    request.result().complete(reply);
  }

  private void balanceUpdate(YkcFrame frame, BalanceUpdate update) {
    BalanceUpdateResult result;
    if (!update.pileCode().equals(code)) {
      result = BalanceUpdateResult.PILE_CODE_ERROR;
    } else if (!guns.valid(update.gun())
        || guns.at(update.gun()).session == null
        || !(update.card().isNone() || update.card().equals(guns.at(update.gun()).session.card))) {
      result = BalanceUpdateResult.CARD_ERROR;
    } else {
      guns.at(update.gun()).session.balance = update.balance();
      result = BalanceUpdateResult.UPDATED;
    }
    link.reply(frame, new BalanceUpdateReply(code, update.card(), Code.of(result)));
  }
}
