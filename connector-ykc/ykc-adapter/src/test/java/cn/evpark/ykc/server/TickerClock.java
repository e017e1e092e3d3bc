package cn.evpark.ykc.server;

import io.netty.util.concurrent.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that moves with a Netty ticker, so the event loops' timers and the clock agree. */
final class TickerClock extends Clock {

  private final Instant start;
  private final Ticker ticker;
  private final long startNanos;

  TickerClock(Instant start, Ticker ticker) {
    this.start = start;
    this.ticker = ticker;
    this.startNanos = ticker.nanoTime();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }

  @Override
  public Instant instant() {
    return start.plusNanos(ticker.nanoTime() - startNanos);
  }
}
