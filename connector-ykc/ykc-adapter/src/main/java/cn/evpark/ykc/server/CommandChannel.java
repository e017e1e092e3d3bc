package cn.evpark.ykc.server;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcCommandException;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The commands to one logged-in pile: sent one at a time in order, each completed by the pile's
 * matching reply, retried or failed by a timer. A command its {@link CommandPolicy} does not order
 * (time sync) goes out at once beside the one in flight and keeps its own timer, so its retries
 * hold nothing back; a second one of that type while one is under way joins it (same reply, same
 * failure). Every try goes to the writer afresh, which stamps what must carry the time of sending.
 * Timers and reply latencies both follow the event loop's {@link io.netty.util.concurrent.Ticker}.
 *
 * <p>Runs on: the connection's event loop only (no locks).
 */
final class CommandChannel {

  /** A command with its result, the tries it has left and the timer of its current try. */
  private static final class Pending {
    final PlatformMessage command;
    final CompletableFuture<PileMessage> result;
    int attemptsLeft;
    boolean sent;
    long firstSentNanos;
    ScheduledFuture<?> timer;

    Pending(PlatformMessage command, CompletableFuture<PileMessage> result, int attempts) {
      this.command = command;
      this.result = result;
      this.attemptsLeft = attempts;
    }
  }

  private final PileCode pileCode;
  private final EventLoop eventLoop;
  private final Consumer<PlatformMessage> writer;
  private final CommandPolicy policy;
  private final int capacity;
  private final Counters counters;
  private final Deque<Pending> waiting = new ArrayDeque<>();
  private final Map<FrameType, Pending> beside = new EnumMap<>(FrameType.class);
  private Pending inFlight;
  private boolean closed;

  CommandChannel(
      PileCode pileCode,
      EventLoop eventLoop,
      Consumer<PlatformMessage> writer,
      CommandPolicy policy,
      int capacity,
      Counters counters) {
    this.pileCode = pileCode;
    this.eventLoop = eventLoop;
    this.writer = writer;
    this.policy = policy;
    this.capacity = capacity;
    this.counters = counters;
  }

  void submit(PlatformMessage command, CompletableFuture<PileMessage> result) {
    if (closed) {
      result.completeExceptionally(new PileOfflineException(pileCode));
      return;
    }
    if (!policy.ordered(command.type())) {
      sendBeside(command, result);
      return;
    }
    if (waiting.size() >= capacity) {
      result.completeExceptionally(
          new YkcCommandException(
              pileCode, "pile " + pileCode.value() + " has too many commands waiting"));
      return;
    }
    waiting.add(new Pending(command, result, policy.attempts(command.type())));
    sendNext();
  }

  /** Completes the command {@code message} answers, if any is waiting for it; true if so. */
  boolean offerReply(PileMessage message) {
    for (Pending p : beside.values()) {
      if (ReplyMatcher.answers(message, p.command)) {
        beside.remove(p.command.type());
        answered(p, message);
        return true;
      }
    }
    if (inFlight == null || !ReplyMatcher.answers(message, inFlight.command)) {
      return false;
    }
    Pending done = inFlight;
    inFlight = null;
    answered(done, message);
    sendNext();
    return true;
  }

  /** The connection is gone: every command waiting or in flight fails as offline. */
  void close() {
    closed = true;
    List<Pending> lost = new ArrayList<>(beside.values());
    beside.clear();
    if (inFlight != null) {
      lost.add(inFlight);
      inFlight = null;
    }
    lost.addAll(waiting);
    waiting.clear();
    for (Pending p : lost) {
      stopTimer(p);
      p.result.completeExceptionally(new PileOfflineException(pileCode));
    }
  }

  int queued() {
    return waiting.size() + (inFlight == null ? 0 : 1) + beside.size();
  }

  private void sendBeside(PlatformMessage command, CompletableFuture<PileMessage> result) {
    Pending running = beside.get(command.type());
    if (running != null) {
      running.result.whenComplete(
          (reply, failure) -> {
            if (failure != null) {
              result.completeExceptionally(failure);
            } else {
              result.complete(reply);
            }
          });
      return;
    }
    Pending p = new Pending(command, result, policy.attempts(command.type()));
    beside.put(command.type(), p);
    attempt(p);
  }

  private void sendNext() {
    if (inFlight != null || closed) {
      return;
    }
    Pending next;
    while ((next = waiting.poll()) != null) {
      if (!next.result.isDone()) {
        inFlight = next;
        attempt(next);
        return;
      }
    }
  }

  private void attempt(Pending p) {
    if (!p.sent) {
      p.sent = true;
      p.firstSentNanos = eventLoop.ticker().nanoTime();
      counters.commandSent();
    }
    p.attemptsLeft--;
    writer.accept(p.command);
    p.timer =
        eventLoop.schedule(
            () -> timedOut(p), policy.timeout(p.command.type()).toMillis(), TimeUnit.MILLISECONDS);
  }

  private void timedOut(Pending p) {
    if (p != inFlight && beside.get(p.command.type()) != p) {
      return;
    }
    if (p.attemptsLeft > 0) {
      attempt(p);
      return;
    }
    if (p == inFlight) {
      inFlight = null;
    } else {
      beside.remove(p.command.type());
    }
    counters.commandTimedOut();
    p.result.completeExceptionally(
        new CommandTimeoutException(pileCode, p.command.type().englishName()));
    sendNext();
  }

  private void answered(Pending p, PileMessage reply) {
    stopTimer(p);
    counters.commandAnswered((eventLoop.ticker().nanoTime() - p.firstSentNanos) / 1000);
    p.result.complete(reply);
  }

  private static void stopTimer(Pending p) {
    if (p.timer != null) {
      p.timer.cancel(false);
      p.timer = null;
    }
  }
}
