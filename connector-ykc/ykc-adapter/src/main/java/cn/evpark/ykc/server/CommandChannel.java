package cn.evpark.ykc.server;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcCommandException;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The commands to one logged-in pile: sent one at a time in order, each completed by the pile's
 * matching reply, retried or failed by a timer. Timers and reply latencies both follow the event
 * loop's {@link io.netty.util.concurrent.Ticker}.
 *
 * <p>Runs on: the connection's event loop only (no locks).
 */
final class CommandChannel {

  /** A command with its result and the tries it has left. */
  private static final class Pending {
    final PlatformMessage command;
    final CompletableFuture<PileMessage> result;
    int attemptsLeft;
    boolean sent;
    long firstSentNanos;

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
  private Pending inFlight;
  private ScheduledFuture<?> timer;
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
    if (waiting.size() >= capacity) {
      result.completeExceptionally(
          new YkcCommandException(
              pileCode, "pile " + pileCode.value() + " has too many commands waiting"));
      return;
    }
    waiting.add(new Pending(command, result, policy.attempts(command.type())));
    sendNext();
  }

  /** Completes the command in flight if {@code message} answers it; true if it did. */
  boolean offerReply(PileMessage message) {
    if (inFlight == null || !ReplyMatcher.answers(message, inFlight.command)) {
      return false;
    }
    Pending done = inFlight;
    finishInFlight();
    counters.commandAnswered((eventLoop.ticker().nanoTime() - done.firstSentNanos) / 1000);
    done.result.complete(message);
    sendNext();
    return true;
  }

  /** The connection is gone: every command waiting or in flight fails as offline. */
  void close() {
    closed = true;
    if (inFlight != null) {
      Pending lost = inFlight;
      finishInFlight();
      lost.result.completeExceptionally(new PileOfflineException(pileCode));
    }
    Pending next;
    while ((next = waiting.poll()) != null) {
      next.result.completeExceptionally(new PileOfflineException(pileCode));
    }
  }

  int queued() {
    return waiting.size() + (inFlight == null ? 0 : 1);
  }

  private void sendNext() {
    if (inFlight != null || closed) {
      return;
    }
    Pending next;
    while ((next = waiting.poll()) != null) {
      if (!next.result.isDone()) {
        inFlight = next;
        attempt();
        return;
      }
    }
  }

  private void attempt() {
    if (!inFlight.sent) {
      inFlight.sent = true;
      inFlight.firstSentNanos = eventLoop.ticker().nanoTime();
      counters.commandSent();
    }
    inFlight.attemptsLeft--;
    writer.accept(inFlight.command);
    timer =
        eventLoop.schedule(
            this::timedOut,
            policy.timeout(inFlight.command.type()).toMillis(),
            TimeUnit.MILLISECONDS);
  }

  private void timedOut() {
    if (inFlight == null) {
      return;
    }
    if (inFlight.attemptsLeft > 0) {
      attempt();
      return;
    }
    Pending failed = inFlight;
    finishInFlight();
    counters.commandTimedOut();
    failed.result.completeExceptionally(
        new CommandTimeoutException(pileCode, failed.command.type().englishName()));
    sendNext();
  }

  private void finishInFlight() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    inFlight = null;
  }
}
