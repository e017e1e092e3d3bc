package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.RemoteStart;
import io.netty.util.concurrent.ScheduledFuture;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/**
 * One gun of a {@link VirtualPile}: plugged or not, its meter (kWh, scale 4), the session it
 * charges, and the start it waits for (a card swipe awaiting 0x32, a parallel start awaiting 0xA2,
 * a remote start refused as not plugged in that may still succeed, {@code ykc-protocol.md §7.4}).
 * Mutable, confined to the pile's event loop.
 */
final class Gun {
  final int number;
  boolean plugged = true;
  BigDecimal meter;
  ChargingSession session;
  ScheduledFuture<?> dataTask;
  LateStart lateStart;
  Swipe swipe;
  ParallelRequest parallelRequest;

  Gun(int number, BigDecimal meter) {
    this.number = number;
    this.meter = meter;
  }

  /** A remote start refused as not plugged in, open until {@code expiry}. */
  record LateStart(RemoteStart command, ScheduledFuture<?> expiry) {}

  /** A parallel-charging start asked for at the gun, awaiting the platform's 0xA2. */
  record ParallelRequest(PhysicalCardNumber card, CompletableFuture<ParallelStartReply> result) {}

  /** A card swiped at the gun, awaiting the platform's 0x32. */
  record Swipe(PhysicalCardNumber card, CompletableFuture<CardStartReply> result) {}
}
