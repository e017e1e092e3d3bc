package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.MeterReport;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TransactionBill;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionRecordV17;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The pile's bills: each ended session's transaction record is kept and sent at once, then every
 * {@link SimulatorConfig#recordRetryInterval()} while logged in and first after each login, until
 * the platform acknowledges it with 0x40 ({@code ykc-protocol.md §11.2, §11.4}); kept across
 * reconnects. {@link Fault#DUPLICATE_RECORDS} sends each one twice. A pile that logs in as 1.7
 * sends each as 0x3D with an empty meter part (all zero, as a pile without a metering module sends
 * it), any other as 0x3B ({@code docs/ykc-versions.md}).
 *
 * <p>Runs on: the pile's event loop.
 */
final class TransactionRecords implements Capability {

  private final SimulatorConfig config;
  private final PileCode code;
  private final EventLoop loop;
  private final PileLink link;
  private final Set<Fault> faults;
  private final BooleanSupplier loggedIn;
  private final Map<TransactionSerial, TransactionRecord> pending = new LinkedHashMap<>();
  private final Map<TransactionSerial, CompletableFuture<TransactionRecordAck>> acks =
      new HashMap<>();
  private ScheduledFuture<?> retry;

  TransactionRecords(
      SimulatorConfig config,
      PileCode code,
      EventLoop loop,
      PileLink link,
      Set<Fault> faults,
      BooleanSupplier loggedIn) {
    this.config = config;
    this.code = code;
    this.loop = loop;
    this.link = link;
    this.faults = faults;
    this.loggedIn = loggedIn;
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        TransactionRecordAck.class,
        (frame, ack) -> {
          pending.remove(ack.transactionSerial());
          acknowledged(ack.transactionSerial()).complete(ack);
        });
  }

  @Override
  public void loggedIn(ConnectionTasks tasks) {
    // §11.2: buffered records before anything else.
    for (TransactionRecord record : List.copyOf(pending.values())) {
      send(record);
    }
  }

  /** Records not yet acknowledged, oldest first. */
  List<TransactionRecord> pending() {
    return List.copyOf(pending.values());
  }

  /** Completes with the 0x40 for {@code serial}, received now or later. */
  CompletableFuture<TransactionRecordAck> acknowledged(TransactionSerial serial) {
    return acks.computeIfAbsent(serial, s -> new CompletableFuture<>());
  }

  /** The record of a session that ends now; the gun's meter moves on by its energy. */
  TransactionRecord recordOf(Gun g, ChargingSession s, StopReason reason) {
    Map<Tier, TierUsage> usage = new EnumMap<>(Tier.class);
    BigDecimal total = BigDecimal.ZERO.setScale(4);
    BigDecimal amount = BigDecimal.ZERO.setScale(4);
    for (Tier tier : Tier.values()) {
      BigDecimal energy = s.energy.getOrDefault(tier, BigDecimal.ZERO).setScale(4);
      BigDecimal price = s.model.prices(tier).total();
      BigDecimal tierAmount = energy.multiply(price).setScale(4, RoundingMode.HALF_UP);
      usage.put(
          tier,
          energy.signum() == 0 ? TierUsage.NONE : new TierUsage(price, energy, energy, tierAmount));
      total = total.add(energy);
      amount = amount.add(tierAmount);
    }
    g.meter = s.meterStart.add(total);
    Cp56Time2a end =
        Cp56Time2a.of(LocalDateTime.now(config.clock()).truncatedTo(ChronoUnit.MILLIS));
    return new TransactionRecord(
        s.serial,
        code,
        g.number,
        s.start,
        end,
        usage.get(Tier.SHARP),
        usage.get(Tier.PEAK),
        usage.get(Tier.FLAT),
        usage.get(Tier.VALLEY),
        s.meterStart,
        g.meter,
        total,
        total,
        amount,
        "",
        Code.of(s.type),
        end,
        reason,
        s.card);
  }

  /** Sends the record now and again every retry interval until the platform acknowledges it. */
  void keep(TransactionRecord record) {
    pending.put(record.transactionSerial(), record);
    send(record);
    if (retry == null) {
      long every = config.recordRetryInterval().toMillis();
      retry = loop.scheduleAtFixedRate(this::resend, every, every, TimeUnit.MILLISECONDS);
    }
  }

  private void resend() {
    if (loggedIn.getAsBoolean()) {
      for (TransactionRecord record : List.copyOf(pending.values())) {
        send(record);
      }
    }
  }

  private void send(TransactionRecord record) {
    TransactionBill bill =
        config.protocolVersion() == ProtocolVersion.V1_7.code()
            ? new TransactionRecordV17(record, MeterReport.NONE)
            : record;
    link.send(bill);
    if (faults.contains(Fault.DUPLICATE_RECORDS)) {
      link.send(bill);
    }
  }
}
